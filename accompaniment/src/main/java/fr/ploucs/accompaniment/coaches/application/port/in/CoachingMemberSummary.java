package fr.ploucs.accompaniment.coaches.application.port.in;

import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;

/**
 * @param commune       may be {@code null} when only the member's departure is known
 * @param activeSince   when the member last joined or rejoined; {@code null} if only its departure is known
 * @param leftOn        when an inactive member left; {@code null} while active
 * @param leavingReason why an inactive member left; may be {@code null}
 */
public record CoachingMemberSummary(MemberId memberId, String name, String commune, boolean active,
                                    LocalDate activeSince, LocalDate leftOn, String leavingReason) {
}
