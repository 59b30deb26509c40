package fr.ploucs.cooperation.exchanges.adapter.in.web;

import fr.ploucs.cooperation.exchanges.domain.ExchangeLink;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A practice exchange as the pages show it; attendees by name. */
public record PracticeExchangeView(UUID id, LocalDate on, String topic, String facilitatorName,
                                   ExchangesMemberChoice facilitatorMember, BigDecimal hours,
                                   List<ExchangesMemberChoice> attendees, String notes, List<ExchangeLink> links,
                                   Long version) {
}
