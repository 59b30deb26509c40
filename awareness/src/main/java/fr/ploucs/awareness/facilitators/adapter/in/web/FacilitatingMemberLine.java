package fr.ploucs.awareness.facilitators.adapter.in.web;

import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;

import java.time.LocalDate;

/**
 * One line of « Structures animatrices », its dates shown by the page in the reader's language (#shown).
 *
 * @param commune       {@code null} when not known yet
 * @param leavingReason {@code null} when cooperation recorded none
 */
record FacilitatingMemberLine(String name, String commune, boolean active, LocalDate activeSince, LocalDate leftOn,
                              String leavingReason) {

    static FacilitatingMemberLine of(FacilitatingMemberSummary member) {
        return new FacilitatingMemberLine(member.name(), blankToNull(member.commune()), member.active(),
                member.activeSince(), member.leftOn(), blankToNull(member.leavingReason()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
