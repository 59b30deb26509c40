package fr.ploucs.cooperation.mutualisation.adapter.in.web;

import java.util.UUID;

/** One option of a select on the mutualisation pages: a member structure or a resource. */
public record MutualisationChoice(UUID id, String name) {
}
