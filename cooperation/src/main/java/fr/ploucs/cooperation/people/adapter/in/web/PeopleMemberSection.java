package fr.ploucs.cooperation.people.adapter.in.web;

import fr.ploucs.cooperation.people.application.port.in.PeopleQuery;
import fr.ploucs.cooperation.people.domain.ContactRole;
import fr.ploucs.cooperation.shared.adapter.in.web.MemberPageSection;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The member's people (representative, contacts) and the form to add a contact. */
@Component
class PeopleMemberSection implements MemberPageSection {

    private final PeopleQuery people;

    PeopleMemberSection(PeopleQuery people) {
        this.people = people;
    }

    @Override
    public void addTo(MemberId member, int year, Model model) {
        model.addAttribute("people", people.peopleOf(member));
        model.addAttribute("contactRoles", ContactRole.values());
        if (!model.containsAttribute("contact")) {
            model.addAttribute("contact", new ContactForm());
        }
    }
}
