package fr.ploucs.cooperation.exchanges.adapter.in.web;

import java.util.UUID;

/** A member structure to choose on the practice exchange and training pages. */
public record ExchangesMemberChoice(UUID id, String name) {
}
