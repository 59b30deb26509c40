package fr.ploucs.cooperation.members.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.Admit;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.RecordDeparture;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.RecordReturn;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.UpdateDetails;
import fr.ploucs.cooperation.members.application.port.in.FindMembersQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery.Resolution;
import fr.ploucs.cooperation.members.application.port.in.MemberListQuery;
import fr.ploucs.webparts.PageLinks;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase.RegisterMember;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.webparts.FormView;
import fr.ploucs.webparts.SignedInPerson;
import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** The member registry's pages: list and search, register, open, edit, record a departure or a return. */
@Controller
@RequestMapping("/cooperation")
@PreAuthorize("hasRole('COORDINATOR')")
public class MembersController {


    private final RegisterMemberUseCase registration;
    private final ChangeMemberUseCase changes;
    private final FindMembersQuery members;
    private final MemberWebMapper mapper;
    private final MemberPage memberPage;
    private final FindTerritoryQuery territory;
    private final Clock clock;
    private final MemberListQuery list;

    MembersController(RegisterMemberUseCase registration, ChangeMemberUseCase changes, FindMembersQuery members,
                      MemberWebMapper mapper, MemberPage memberPage, FindTerritoryQuery territory,
                      MemberListQuery list, Clock clock) {
        this.list = list;
        this.clock = clock;
        this.registration = registration;
        this.changes = changes;
        this.members = members;
        this.mapper = mapper;
        this.memberPage = memberPage;
        this.territory = territory;
    }

    /**
     * The commune as the reference names it: a typed value that matches no commune, or several, is refused next to
     * the field; a commune stored before the reference existed is kept as it was when left untouched.
     */
    private void readCommune(MemberForm form, BindingResult errors, Supplier<String> storedCommune) {
        if (errors.hasFieldErrors("commune")) {
            return;
        }
        String typed = form.getCommune().strip();
        Resolution<Commune> commune = territory.resolveCommune(typed);
        if (!commune.refused()) {
            commune.value().ifPresent(found -> form.setCommune(found.name()));
        } else if (!typed.equals(storedCommune.get())) {
            errors.rejectValue("commune", commune.problem(), new Object[]{typed}, null);
        }
    }

    @ModelAttribute("legalForms")
    @PreAuthorize("permitAll()")
    LegalForm[] legalForms() {
        return LegalForm.values();
    }

    @GetMapping("/members")
    String list(@RequestParam(name = "q", required = false) String nameContains,
                @RequestParam(name = "status", required = false) MembershipStatus status,
                @RequestParam(name = "page", defaultValue = "1") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
                HttpServletResponse response, Model model) {
        model.addAttribute("q", nameContains == null ? "" : nameContains);
        model.addAttribute("status", status);
        model.addAttribute("statuses", MembershipStatus.values());
        MemberListQuery.MemberListPage found = list.list(nameContains, status, page - 1, MemberListQuery.DEFAULT_PAGE_SIZE);
        model.addAttribute("members", found.members());
        model.addAttribute("page", PageLinks.of(found.page(), found.pageCount(), found.total(),
                "/cooperation/members", Map.of("q", nameContains == null ? "" : nameContains.strip(),
                        "status", status == null ? "" : status.name())));
        // htmx asks only for the results when the search changes, so the field being typed in keeps its focus;
        // restoring a page from history needs it whole, and caches must not serve one for the other.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        boolean resultsOnly = htmx != null && historyRestore == null;
        return resultsOnly ? "cooperation/members/list :: results" : "cooperation/members/list";
    }

    @GetMapping("/members/new")
    String newMember(Model model) {
        MemberForm form = new MemberForm();
        form.setJoinedOn(LocalDate.now(clock));
        model.addAttribute("member", form);
        return "cooperation/members/form";
    }

    @PostMapping("/members")
    @FormView("cooperation/members/form")
    String register(@Valid @ModelAttribute("member") MemberForm form, BindingResult errors,
                    RedirectAttributes redirect) {
        if (form.getJoinedOn() == null) {
            errors.rejectValue("joinedOn", "member.joinedOn.required");
        }
        readCommune(form, errors, () -> null);
        if (errors.hasErrors()) {
            return "cooperation/members/form";
        }
        MemberId id = registration.register(
                new RegisterMember(mapper.toDetails(form), form.getJoinedOn(), form.isCandidate()));
        redirect.addFlashAttribute("confirmation", form.isCandidate() ? "member.candidate.registered" : "member.registered");
        return "redirect:/cooperation/members/" + id;
    }

    @GetMapping("/members/{id}")
    @PreAuthorize("hasRole('COORDINATOR') or hasAuthority('MEMBER_' + #id)")
    String show(@PathVariable UUID id, @RequestParam(name = "year", required = false) Integer year, Model model) {
        return memberPage.render(id, year, model);
    }

    /** A representative's entry point: the page of the structure they represent. */
    @GetMapping("/my-member")
    @PreAuthorize("hasRole('REPRESENTATIVE')")
    String myMember(Authentication authentication) {
        return SignedInPerson.representedMember(authentication)
                .map(member -> "redirect:/cooperation/members/" + member.value())
                .orElseThrow(() -> new NotFound(authentication.getName()));
    }

    @GetMapping("/members/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Member member = load(id);
        model.addAttribute("member", mapper.toForm(member));
        model.addAttribute("memberId", id);
        return "cooperation/members/form";
    }

    @PostMapping("/members/{id}")
    @FormView("cooperation/members/form")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("member") MemberForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("memberId", id);
        readCommune(form, errors, () -> load(id).getDetails().commune());
        if (errors.hasErrors()) {
            return "cooperation/members/form";
        }
        changes.updateDetails(new UpdateDetails(new MemberId(id), form.getVersion(), mapper.toDetails(form)));
        redirect.addFlashAttribute("confirmation", "member.updated");
        return "redirect:/cooperation/members/" + id;
    }

    @GetMapping("/members/{id}/admission")
    String admissionForm(@PathVariable UUID id, Model model) {
        return membershipForm(load(id), "admission", model);
    }

    @PostMapping("/members/{id}/admission")
    @FormView("cooperation/members/membership-change")
    String admit(@PathVariable UUID id, @Valid @ModelAttribute("change") MembershipChangeForm form,
                 BindingResult errors, Model model, RedirectAttributes redirect) {
        return recordMembershipChange(id, "admission", form, errors, model, redirect,
                () -> changes.admit(new Admit(new MemberId(id), form.getVersion(), form.getDate(), form.getReason())));
    }

    @GetMapping("/members/{id}/departure")
    String departureForm(@PathVariable UUID id, Model model) {
        return membershipForm(load(id), "departure", model);
    }

    @PostMapping("/members/{id}/departure")
    @FormView("cooperation/members/membership-change")
    String recordDeparture(@PathVariable UUID id, @Valid @ModelAttribute("change") MembershipChangeForm form,
                           BindingResult errors, Model model, RedirectAttributes redirect) {
        if (form.getReason() == null || form.getReason().isBlank()) {
            errors.rejectValue("reason", "member.rule.reason-required");
        }
        return recordMembershipChange(id, "departure", form, errors, model, redirect,
                () -> changes.recordDeparture(new RecordDeparture(new MemberId(id), form.getVersion(), form.getDate(),
                        form.getReason())));
    }

    @GetMapping("/members/{id}/return")
    String returnForm(@PathVariable UUID id, Model model) {
        return membershipForm(load(id), "return", model);
    }

    @PostMapping("/members/{id}/return")
    @FormView("cooperation/members/membership-change")
    String recordReturn(@PathVariable UUID id, @Valid @ModelAttribute("change") MembershipChangeForm form,
                        BindingResult errors, Model model, RedirectAttributes redirect) {
        return recordMembershipChange(id, "return", form, errors, model, redirect,
                () -> changes.recordReturn(new RecordReturn(new MemberId(id), form.getVersion(), form.getDate(),
                        form.getReason())));
    }

    private String membershipForm(Member member, String kind, Model model) {
        MembershipChangeForm form = new MembershipChangeForm();
        form.setDate(LocalDate.now(clock));
        form.setVersion(member.getVersion());
        model.addAttribute("change", form);
        model.addAttribute("kind", kind);
        model.addAttribute("member", mapper.toView(member));
        return "cooperation/members/membership-change";
    }

    private String recordMembershipChange(UUID id, String kind, MembershipChangeForm form, BindingResult errors,
                                          Model model, RedirectAttributes redirect, Runnable change) {
        model.addAttribute("kind", kind);
        model.addAttribute("member", mapper.toView(load(id)));
        if (errors.hasErrors()) {
            return "cooperation/members/membership-change";
        }
        change.run();
        redirect.addFlashAttribute("confirmation", "member." + kind + ".recorded");
        return "redirect:/cooperation/members/" + id;
    }

    private Member load(UUID id) {
        return memberPage.load(id);
    }
}
