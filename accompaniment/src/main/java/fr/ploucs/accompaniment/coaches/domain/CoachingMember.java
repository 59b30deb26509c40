package fr.ploucs.accompaniment.coaches.domain;

import fr.ploucs.sharedkernel.MemberId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A member structure of the network as accompaniment sees it: a structure that can coach projects while it is
 * active. Cooperation owns the membership; this view only follows the facts it publishes, which may arrive late
 * or twice. Each fact carries the instant it happened, and a fact no newer than the last one applied is ignored:
 * a late redelivery of "joined" must not revive a member that has left since.
 *
 * @param commune       unknown ({@code null}) while only the member's departure has been heard of
 * @param activeSince   when the member last joined or rejoined; {@code null} while only its departure is known
 * @param leftOn        when an inactive member left; {@code null} while active
 * @param leavingReason why an inactive member left, when cooperation recorded it
 * @param lastEventAt   when the last applied fact happened
 * @param version       optimistic-lock version of the stored state; {@code null} until the member is first stored
 */
public record CoachingMember(MemberId memberId, String name, String commune, boolean active, LocalDate activeSince,
                             LocalDate leftOn, String leavingReason, Instant lastEventAt, Long version) {

    public CoachingMember {
        Objects.requireNonNull(memberId, "a coaching member needs a member id");
        Objects.requireNonNull(name, "a coaching member needs a name");
        Objects.requireNonNull(lastEventAt, "a coaching member comes from a dated fact");
        if (active) {
            Objects.requireNonNull(activeSince, "an active member is active since a date");
        } else {
            Objects.requireNonNull(leftOn, "an inactive member left on a date");
        }
    }

    public static CoachingMember joined(MemberId memberId, String name, String commune, LocalDate joinedOn,
                                        Instant occurredAt) {
        return new CoachingMember(memberId, name, commune, true, joinedOn, null, null, occurredAt, null);
    }

    /** A departure can be the first fact heard of a member when the registry delivers out of order. */
    public static CoachingMember left(MemberId memberId, String name, LocalDate leftOn, String reason,
                                      Instant occurredAt) {
        return new CoachingMember(memberId, name, null, false, null, leftOn, reason, occurredAt, null);
    }

    /** @return the member once joined, or empty when the fact is a replay or older than what is known */
    public Optional<CoachingMember> applyJoined(String name, String commune, LocalDate joinedOn, Instant occurredAt) {
        return becomeActive(name, commune, joinedOn, occurredAt);
    }

    /** @return the member once back, or empty when the fact is a replay or older than what is known */
    public Optional<CoachingMember> applyRejoined(String name, String commune, LocalDate rejoinedOn,
                                                  Instant occurredAt) {
        return becomeActive(name, commune, rejoinedOn, occurredAt);
    }

    /** @return the member once gone, or empty when the fact is a replay or older than what is known */
    public Optional<CoachingMember> applyLeft(String name, LocalDate leftOn, String reason, Instant occurredAt) {
        if (!isNewer(occurredAt)) {
            return Optional.empty();
        }
        return Optional.of(new CoachingMember(memberId, name, commune, false, activeSince, leftOn, reason,
                occurredAt, version));
    }

    private Optional<CoachingMember> becomeActive(String name, String commune, LocalDate since, Instant occurredAt) {
        if (!isNewer(occurredAt)) {
            return Optional.empty();
        }
        return Optional.of(new CoachingMember(memberId, name, commune == null ? this.commune : commune, true, since,
                null, null, occurredAt, version));
    }

    // Cooperation publishes the facts of one member one at a time, so two distinct facts never share an instant:
    // an instant already seen is the same fact delivered again.
    private boolean isNewer(Instant occurredAt) {
        return Objects.requireNonNull(occurredAt).isAfter(lastEventAt);
    }
}
