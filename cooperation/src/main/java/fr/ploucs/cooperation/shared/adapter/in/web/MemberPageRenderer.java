package fr.ploucs.cooperation.shared.adapter.in.web;

import org.springframework.ui.Model;

import java.util.UUID;

/**
 * The member's page, for a feature's controller that answers on it (a refused form shown again on the page).
 * Implemented by the members feature; features call this instead of the members feature's web adapter.
 */
public interface MemberPageRenderer {

    /** Answers 404 when there is no such member. */
    void requireMember(UUID id);

    /**
     * @param year the year of the contribution shown; null for the current year
     * @return the view name of the member's page
     */
    String render(UUID id, Integer year, Model model);
}
