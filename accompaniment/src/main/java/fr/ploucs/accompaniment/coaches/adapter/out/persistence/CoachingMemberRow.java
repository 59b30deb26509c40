package fr.ploucs.accompaniment.coaches.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The stored form of a coaching member. The id comes from cooperation, so Spring Data cannot tell a new row by
 * its id: a {@code null} version is what marks it new and makes {@code save} insert instead of updating nothing.
 */
@Table(schema = "accompaniment", name = "coaching_member")
record CoachingMemberRow(@Id UUID memberId, String name, String commune, boolean active, LocalDate activeSince,
                         LocalDate leftOn, String leavingReason, Instant lastEventAt, Instant detailsAt,
                         @Version Long version) {

    CoachingMemberRow withVersion(Long version) {
        return new CoachingMemberRow(memberId, name, commune, active, activeSince, leftOn, leavingReason,
                lastEventAt, detailsAt, version);
    }
}
