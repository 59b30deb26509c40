package fr.ploucs.cooperation.people.adapter.in.web;

import fr.ploucs.webparts.RefusalRedirect;

import fr.ploucs.cooperation.members.adapter.in.web.MemberPage;
import fr.ploucs.cooperation.members.adapter.in.web.MemberWebMapper;
import fr.ploucs.cooperation.members.adapter.in.web.RepresentativeChangeForm;

import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.ChangeRepresentative;
import fr.ploucs.cooperation.people.application.port.in.ManagePeopleUseCase;
import fr.ploucs.cooperation.people.application.port.in.ManagePeopleUseCase.AddContact;
import fr.ploucs.cooperation.people.application.port.in.PeopleQuery;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.webparts.FormView;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The people of a member structure: contacts, and the change of representative with its handover. */
@Controller
@RequestMapping("/cooperation/members/{id}")
@PreAuthorize("hasRole('COORDINATOR')")
class MemberPeopleController {

    private static final String CHANGE_VIEW = "cooperation/members/representative-change";

    private final ManagePeopleUseCase people;
    private final PeopleQuery query;
    private final ChangeMemberUseCase changes;
    private final MemberPage memberPage;
    private final MemberWebMapper mapper;
    private final Clock clock;

    MemberPeopleController(ManagePeopleUseCase people, PeopleQuery query, ChangeMemberUseCase changes,
                           MemberPage memberPage, MemberWebMapper mapper, Clock clock) {
        this.people = people;
        this.query = query;
        this.changes = changes;
        this.memberPage = memberPage;
        this.mapper = mapper;
        this.clock = clock;
    }

    @PostMapping("/contacts")
    @FormView(value = MemberPage.VIEW, refill = "memberPageAgain", changedMeanwhile = "contact.changed-meanwhile")
    String addContact(@PathVariable UUID id, @Valid @ModelAttribute("contact") ContactForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        memberPage.load(id);
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
        memberPage.load(id);
        people.removeContact(new MemberId(id), contactId);
        redirect.addFlashAttribute("confirmation", "contact.removed");
        return "redirect:/cooperation/members/" + id + "#people";
    }

    @GetMapping("/representative")
    String changeForm(@PathVariable UUID id, Model model) {
        Member member = memberPage.load(id);
        RepresentativeChangeForm form = new RepresentativeChangeForm();
        form.setDate(LocalDate.now(clock));
        form.setVersion(member.getVersion());
        model.addAttribute("change", form);
        return changeView(member, model);
    }

    @PostMapping("/representative")
    @FormView(CHANGE_VIEW)
    String change(@PathVariable UUID id, @Valid @ModelAttribute("change") RepresentativeChangeForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        String page = changeView(memberPage.load(id), model);
        if (errors.hasErrors()) {
            return page;
        }
        changes.changeRepresentative(new ChangeRepresentative(new MemberId(id), form.getVersion(),
                new Representative(form.getName().strip(), form.getEmail().strip(), blankToNull(form.getPhone())),
                form.getDate(), form.getReason()));
        redirect.addFlashAttribute("confirmation", "representative.changed");
        return "redirect:/cooperation/members/" + id + "#people";
    }

    /** The member's page again around a refused contact (called by the web parts' ErrorPages). */
    void memberPageAgain(@PathVariable UUID id, Model model) {
        memberPage.render(id, null, model);
    }

    private String changeView(Member member, Model model) {
        Representative outgoing = member.getDetails().representative();
        model.addAttribute("member", mapper.toView(member));
        model.addAttribute("held", query.responsibilitiesHeldBy(member.getId(), outgoing.email()));
        return CHANGE_VIEW;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
