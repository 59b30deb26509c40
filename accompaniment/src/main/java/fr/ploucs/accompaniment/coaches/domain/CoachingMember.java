package fr.ploucs.accompaniment.coaches.domain;

import fr.ploucs.sharedkernel.MemberId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A member structure of the network as accompaniment sees it: a structure that can coach projects while it is
 * active. Cooperation owns the membership; this view only follows the facts it publishes, which may arrive late,
 * twice, or out of order. Each fact carries the instant it happened, and two clocks decide what applies:
 * <ul>
 *   <li>the membership facts (joined, left, rejoined) change whether the member is active when they are newer than
 *   the last one applied ({@code lastEventAt}): a late redelivery of "joined" must not revive a member that has left;</li>
 *   <li>the facts that carry its details (joined, rejoined and details changed, each with its whole name and commune
 *   at that instant) change the name and commune when they are newer than the details shown ({@code detailsAt}): an
 *   older rename arriving after a newer one changes nothing. A departure carries the name only: it is shown while no
 *   newer details are known, without moving the details clock, so a details change it overtook still applies.</li>
 * </ul>
 * A details change may be the first fact heard of a member (its joining still on its way): the member is then kept,
 * not listed, until a membership fact says whether it is active.
 *
 * @param commune       unknown ({@code null}) while only the member's departure has been heard of
 * @param activeSince   when the member last joined or rejoined; {@code null} while only its departure is known
 * @param leftOn        when an inactive member left; {@code null} while active or while no membership fact is known
 * @param leavingReason why an inactive member left, when cooperation recorded it
 * @param lastEventAt   when the last applied membership fact happened; {@code null} while only details are known
 * @param detailsAt     when the details shown (name, commune) were true; {@code null} while only a departure is known
 * @param version       optimistic-lock version of the stored state; {@code null} until the member is first stored
 */
public record CoachingMember(MemberId memberId, String name, String commune, boolean active, LocalDate activeSince,
                             LocalDate leftOn, String leavingReason, Instant lastEventAt, Instant detailsAt,
                             Long version) {

    public CoachingMember {
        Objects.requireNonNull(memberId, "a coaching member needs a member id");
        Objects.requireNonNull(name, "a coaching member needs a name");
        if (lastEventAt == null) {
            Objects.requireNonNull(detailsAt, "a coaching member comes from a dated fact");
            if (active) {
                throw new IllegalArgumentException("a member is active only once its joining is known");
            }
        } else if (active) {
            Objects.requireNonNull(activeSince, "an active member is active since a date");
        } else {
            Objects.requireNonNull(leftOn, "an inactive member left on a date");
        }
    }

    public static CoachingMember joined(MemberId memberId, String name, String commune, LocalDate joinedOn,
                                        Instant occurredAt) {
        return new CoachingMember(memberId, name, commune, true, joinedOn, null, null, occurredAt, occurredAt, null);
    }

    /** A departure can be the first fact heard of a member when the registry delivers out of order. */
    public static CoachingMember left(MemberId memberId, String name, LocalDate leftOn, String reason,
                                      Instant occurredAt) {
        return new CoachingMember(memberId, name, null, false, null, leftOn, reason, occurredAt, null, null);
    }

    /**
     * A details change can be the first fact heard of a member: its joining may still be on its way (its listener
     * failed once and waits for the registry to deliver it again). Kept, not lost, and not listed until then.
     */
    public static CoachingMember detailsOnly(MemberId memberId, String name, String commune, Instant occurredAt) {
        return new CoachingMember(memberId, name, commune, false, null, null, null, null, occurredAt, null);
    }

    /** Whether a membership fact is known, so that the member can be listed as active or former. */
    public boolean listed() {
        return lastEventAt != null;
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
        if (!newer(occurredAt, lastEventAt)) {
            return Optional.empty();
        }
        String shownName = newer(occurredAt, detailsAt) ? name : this.name;
        return Optional.of(new CoachingMember(memberId, shownName, commune, false, activeSince, leftOn, reason,
                occurredAt, detailsAt, version));
    }

    /**
     * @return the member with the name and commune it has had since {@code occurredAt}, or empty when the fact is a
     * replay or older than the details shown
     */
    public Optional<CoachingMember> applyDetails(String name, String commune, Instant occurredAt) {
        if (!newer(occurredAt, detailsAt)) {
            return Optional.empty();
        }
        return Optional.of(new CoachingMember(memberId, name, commune, active, activeSince, leftOn, leavingReason,
                lastEventAt, occurredAt, version));
    }

    private Optional<CoachingMember> becomeActive(String name, String commune, LocalDate since, Instant occurredAt) {
        if (!newer(occurredAt, lastEventAt)) {
            return Optional.empty();
        }
        boolean newerDetails = newer(occurredAt, detailsAt);
        String shownName = newerDetails ? name : this.name;
        String shownCommune = newerDetails && commune != null ? commune : this.commune;
        Instant shownSince = newerDetails ? occurredAt : detailsAt;
        return Optional.of(new CoachingMember(memberId, shownName, shownCommune, true, since, null, null, occurredAt,
                shownSince, version));
    }

    // Cooperation publishes the facts of one member one at a time, so two distinct facts never share an instant:
    // an instant already seen is the same fact delivered again. PostgreSQL keeps instants to the microsecond, so
    // an instant is compared at that precision, or a redelivery would look newer than what was stored.
    private static boolean newer(Instant occurredAt, Instant known) {
        Objects.requireNonNull(occurredAt);
        return known == null || occurredAt.truncatedTo(ChronoUnit.MICROS).isAfter(known.truncatedTo(ChronoUnit.MICROS));
    }
}
