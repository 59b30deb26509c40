package fr.ploucs.awareness.facilitators.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The stored form of a facilitating member. The id comes from cooperation, so Spring Data cannot tell a new row by
 * its id: a {@code null} version is what marks it new and makes {@code save} insert instead of updating nothing.
 */
@Table(schema = "awareness", name = "facilitating_member")
record FacilitatingMemberRow(@Id UUID memberId, String name, String commune, boolean active, LocalDate activeSince,
                         LocalDate leftOn, String leavingReason, Instant lastEventAt, Instant detailsAt,
                         @Version Long version) {

    FacilitatingMemberRow withVersion(Long version) {
        return new FacilitatingMemberRow(memberId, name, commune, active, activeSince, leftOn, leavingReason,
                lastEventAt, detailsAt, version);
    }
}
