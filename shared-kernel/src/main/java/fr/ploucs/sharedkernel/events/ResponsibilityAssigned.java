package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by any pillar when a person of a member structure takes on something there (follows a project, runs
 * a session, keeps a kit): cooperation lists it on the member's page so that nothing is forgotten when that person
 * leaves and hands over.
 *
 * @param responsibilityId identifies the responsibility in its pillar; {@link ResponsibilityEnded} names it again
 * @param pillar           {@code accompaniment}, {@code awareness} or {@code cooperation}
 */
public record ResponsibilityAssigned(UUID eventId, Instant occurredAt, UUID responsibilityId, MemberId memberId,
                                     String personName, String personEmail, String pillar, String description,
                                     LocalDate since) implements PloucsEvent {

    public ResponsibilityAssigned {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(responsibilityId);
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(personEmail);
        Objects.requireNonNull(description);
    }

    @Override
    public List<String> notificationArguments() {
        return List.of(personName == null ? personEmail : personName, description);
    }
}
