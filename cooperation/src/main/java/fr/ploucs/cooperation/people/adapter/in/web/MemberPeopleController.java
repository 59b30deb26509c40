package fr.ploucs.cooperation.people.adapter.in.web;

import fr.ploucs.webparts.RefusalRedirect;
import fr.ploucs.cooperation.people.application.port.in.ManagePeopleUseCase;
import fr.ploucs.cooperation.people.application.port.in.ManagePeopleUseCase.AddContact;
import fr.ploucs.cooperation.shared.adapter.in.web.MemberPageRenderer;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.webparts.FormView;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/** The people of a member structure: its contacts (the change of representative is the members feature's). */
@Controller
@RequestMapping("/cooperation/members/{id}")
@PreAuthorize("hasRole('COORDINATOR')")
class MemberPeopleController {

    private static final String MEMBER_PAGE = "cooperation/members/show";

    private final ManagePeopleUseCase people;
    private final MemberPageRenderer memberPage;

    MemberPeopleController(ManagePeopleUseCase people, MemberPageRenderer memberPage) {
        this.people = people;
        this.memberPage = memberPage;
    }

    @PostMapping("/contacts")
    @FormView(value = MEMBER_PAGE, refill = "memberPageAgain", changedMeanwhile = "contact.changed-meanwhile")
    String addContact(@PathVariable UUID id, @Valid @ModelAttribute("contact") ContactForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        memberPage.requireMember(id);
        if (errors.hasErrors()) {
            return memberPage.render(id, null, model);
        }
        people.addContact(new AddContact(new MemberId(id), form.getName(), form.getRole(), form.getEmail(),
                form.getPhone()));
        redirect.addFlashAttribute("confirmation", "contact.added");
        return "redirect:/cooperation/members/" + id + "#people";
    }

    @PostMapping("/contacts/{contactId}/remove")
    @RefusalRedirect(value = "/cooperation/members/{id}#people", flash = "problem",
            changedMeanwhile = "contact.changed-meanwhile")
    String removeContact(@PathVariable UUID id, @PathVariable UUID contactId, RedirectAttributes redirect) {
        memberPage.requireMember(id);
        people.removeContact(new MemberId(id), contactId);
        redirect.addFlashAttribute("confirmation", "contact.removed");
        return "redirect:/cooperation/members/" + id + "#people";
    }

    /** The member's page again around a refused contact (called by the web parts' ErrorPages). */
    void memberPageAgain(@PathVariable UUID id, Model model) {
        memberPage.render(id, null, model);
    }
}
