package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by cooperation when a partner is registered or its details change. Like {@link MemberDetailsChanged}
 * it carries the partner's whole details as they are after the change, so a pillar that keeps a view of partners
 * (awareness picks session requesters from it) applies only a newer one than it has and ignores redeliveries and
 * events overtaken by a later change.
 *
 * @param kind        the partner's kind as cooperation names it: COMMUNE, EPCI, DEPARTEMENT, REGION, SCHOOL, OTHER
 * @param communeCode INSEE code of the partner's commune in the territory reference, or {@code null}
 * @param epciCode    SIREN of the partner's EPCI, or {@code null}
 */
public record PartnerDetailsChanged(UUID eventId, Instant occurredAt, UUID partnerId, String kind, String name,
                                    String communeCode, String epciCode) implements PloucsEvent {

    public PartnerDetailsChanged {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(partnerId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
    }

    @Override
    public List<String> notificationArguments() {
        return List.of(name);
    }
}
