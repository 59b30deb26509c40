package fr.ploucs.awareness.facilitators.adapter.in.web;

import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * One line of « Structures animatrices », with its dates already written the French way.
 *
 * @param commune       {@code null} when not known yet
 * @param leavingReason {@code null} when cooperation recorded none
 */
record FacilitatingMemberLine(String name, String commune, boolean active, String activeSince, String leftOn,
                          String leavingReason) {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static FacilitatingMemberLine of(FacilitatingMemberSummary member) {
        return new FacilitatingMemberLine(member.name(), blankToNull(member.commune()), member.active(),
                format(member.activeSince()), format(member.leftOn()), blankToNull(member.leavingReason()));
    }

    private static String format(LocalDate date) {
        return date == null ? null : FRENCH_DATE.format(date);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
