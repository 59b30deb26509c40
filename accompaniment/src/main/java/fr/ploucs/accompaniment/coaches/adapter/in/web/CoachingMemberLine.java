package fr.ploucs.accompaniment.coaches.adapter.in.web;

import fr.ploucs.accompaniment.coaches.application.port.in.CoachingMemberSummary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * One line of « Structures accompagnatrices », with its dates already written the French way.
 *
 * @param commune       {@code null} when not known yet
 * @param leavingReason {@code null} when cooperation recorded none
 */
record CoachingMemberLine(String name, String commune, boolean active, String activeSince, String leftOn,
                          String leavingReason) {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static CoachingMemberLine of(CoachingMemberSummary member) {
        return new CoachingMemberLine(member.name(), blankToNull(member.commune()), member.active(),
                format(member.activeSince()), format(member.leftOn()), blankToNull(member.leavingReason()));
    }

    private static String format(LocalDate date) {
        return date == null ? null : FRENCH_DATE.format(date);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
