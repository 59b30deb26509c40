package fr.ploucs.accompaniment.coaches.adapter.in.web;

import fr.ploucs.accompaniment.coaches.application.port.in.CoachingMemberSummary;

import java.time.LocalDate;

/**
 * One line of « Structures accompagnatrices », its dates shown by the page in the reader's language (#shown).
 *
 * @param commune       {@code null} when not known yet
 * @param leavingReason {@code null} when cooperation recorded none
 */
record CoachingMemberLine(String name, String commune, boolean active, LocalDate activeSince, LocalDate leftOn,
                          String leavingReason) {

    static CoachingMemberLine of(CoachingMemberSummary member) {
        return new CoachingMemberLine(member.name(), blankToNull(member.commune()), member.active(),
                member.activeSince(), member.leftOn(), blankToNull(member.leavingReason()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
