package fr.ploucs.cooperation.exchanges.domain;

import fr.ploucs.cooperation.shared.domain.SessionHours;

import fr.ploucs.sharedkernel.MemberId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a coordinator records about a practice exchange (« échange de pratiques »): its date, topic, the facilitator
 * (a person and the member structure they come from), its duration in hours, the member structures that attended,
 * notes and links to resources.
 */
public record PracticeExchangeDetails(LocalDate on, String topic, String facilitatorName, MemberId facilitatorMember,
                                      BigDecimal hours, Set<MemberId> attendees, String notes,
                                      List<ExchangeLink> links) {

    public static final BigDecimal MIN_HOURS = new BigDecimal("0.25");

    public PracticeExchangeDetails {
        Objects.requireNonNull(on);
        Objects.requireNonNull(facilitatorMember);
        Objects.requireNonNull(hours);
        if (topic == null || topic.isBlank()) {
            throw new ExchangeRuleViolation("exchange.topic.required");
        }
        if (facilitatorName == null || facilitatorName.isBlank()) {
            throw new ExchangeRuleViolation("exchange.facilitatorName.required");
        }
        // The hours are credited to each attending member's engagement: the ledger's own bounds hold here too.
        if (hours.compareTo(MIN_HOURS) < 0 || hours.compareTo(SessionHours.MAX) > 0) {
            throw new ExchangeRuleViolation("exchange.hours.range");
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            throw new ExchangeRuleViolation("exchange.hours.precision");
        }
        if (attendees == null || attendees.isEmpty()) {
            throw new ExchangeRuleViolation("exchange.attendees.required");
        }
        topic = topic.strip();
        facilitatorName = facilitatorName.strip();
        attendees = Set.copyOf(new LinkedHashSet<>(attendees));
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        links = links == null ? List.of() : List.copyOf(links);
    }
}
