package fr.ploucs.cooperation.members.adapter.in.web;

import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.ChangeRepresentative;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.cooperation.people.application.port.in.PeopleQuery;
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

/**
 * The change of a member's representative, with what the outgoing one still holds (asked of the people feature
 * through its incoming port) so that the handover is done.
 */
@Controller
@RequestMapping("/cooperation/members/{id}/representative")
@PreAuthorize("hasRole('COORDINATOR')")
class RepresentativeChangeController {

    private static final String CHANGE_VIEW = "cooperation/members/representative-change";

    private final ChangeMemberUseCase changes;
    private final PeopleQuery people;
    private final MemberPage memberPage;
    private final MemberWebMapper mapper;
    private final Clock clock;

    RepresentativeChangeController(ChangeMemberUseCase changes, PeopleQuery people, MemberPage memberPage,
                                   MemberWebMapper mapper, Clock clock) {
        this.changes = changes;
        this.people = people;
        this.memberPage = memberPage;
        this.mapper = mapper;
        this.clock = clock;
    }

    @GetMapping
    String changeForm(@PathVariable UUID id, Model model) {
        Member member = memberPage.load(id);
        RepresentativeChangeForm form = new RepresentativeChangeForm();
        form.setDate(LocalDate.now(clock));
        form.setVersion(member.getVersion());
        model.addAttribute("change", form);
        return changeView(member, model);
    }

    @PostMapping
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

    private String changeView(Member member, Model model) {
        Representative outgoing = member.getDetails().representative();
        model.addAttribute("member", mapper.toView(member));
        model.addAttribute("held", people.responsibilitiesHeldBy(member.getId(), outgoing.email()));
        return CHANGE_VIEW;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
