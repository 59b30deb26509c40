package fr.ploucs.cooperation.shared.adapter.in.web;

import fr.ploucs.sharedkernel.MemberId;
import org.springframework.ui.Model;

/**
 * One feature's part of a member's page (« Fiche adhérent »): engagement adds the member's contribution and the
 * hours form, people the contacts, dues the year's contribution. Each feature implements it in its own web
 * adapter, with its own incoming ports; the members feature renders the page from all of them without knowing them.
 */
public interface MemberPageSection {

    /**
     * Adds this section's model attributes. A form the model already holds (one refused with its errors) is kept.
     *
     * @param year the year the page shows (the contribution's year), never null
     */
    void addTo(MemberId member, int year, Model model);
}
