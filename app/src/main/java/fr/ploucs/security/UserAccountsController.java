package fr.ploucs.security;

import fr.ploucs.security.passwords.PasswordPolicy;

import fr.ploucs.sharedkernel.MemberDirectory;
import fr.ploucs.sharedkernel.MemberId;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Coordinators open and close the logins of coordinators and members' representatives. */
@Controller
@RequestMapping("/accounts")
@PreAuthorize("hasRole('COORDINATOR')")
class UserAccountsController {

    private final UserAccountService accounts;
    private final MemberDirectory members;
    private final PasswordPolicy policy;

    UserAccountsController(UserAccountService accounts, MemberDirectory members, PasswordPolicy policy) {
        this.accounts = accounts;
        this.members = members;
        this.policy = policy;
    }

    @GetMapping
    String list(@AuthenticationPrincipal PloucsUser me, Model model) {
        Map<MemberId, String> memberNames = members.currentMembers().stream()
                .collect(Collectors.toMap(MemberDirectory.MemberSummary::id, MemberDirectory.MemberSummary::name,
                        (a, b) -> a));
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("memberNames", memberNames);
        // Who may be deactivated: not oneself, not the last active coordinator (the button is not offered).
        model.addAttribute("myId", me == null ? null : me.id());
        model.addAttribute("lastCoordinator", accounts.activeCoordinators() <= 1);
        return "security/accounts";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        AccountForm form = new AccountForm();
        form.setMustChangePassword(true);
        model.addAttribute("account", form);
        return accountForm(model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal PloucsUser me, @Valid @ModelAttribute("account") AccountForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("password")) {
            policy.problem(form.getPassword(), form.getUsername())
                    .ifPresent(problem -> errors.rejectValue("password", problem));
        }
        if (errors.hasErrors()) {
            form.setPassword(null);
            return accountForm(model);
        }
        if (!accounts.create(me.getUsername(), form.getUsername(), form.getDisplayName(), form.getPassword(),
                form.getRole(), form.getMemberId() == null ? null : new MemberId(form.getMemberId()),
                form.isMustChangePassword())) {
            form.setPassword(null);
            errors.rejectValue("username", "account.username.taken");
            return accountForm(model);
        }
        redirect.addFlashAttribute("confirmation", "account.created");
        return "redirect:/accounts";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable UUID id, @AuthenticationPrincipal PloucsUser me, RedirectAttributes redirect) {
        UserAccountService.Deactivation outcome = accounts.deactivate(me, id);
        if (outcome.problem != null) {
            redirect.addFlashAttribute("problem", outcome.problem);
        } else {
            redirect.addFlashAttribute("confirmation", "account.deactivated");
        }
        return "redirect:/accounts";
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable UUID id, @AuthenticationPrincipal PloucsUser me, RedirectAttributes redirect) {
        if (accounts.reactivate(me.getUsername(), id)) {
            redirect.addFlashAttribute("confirmation", "account.reactivated");
        } else {
            redirect.addFlashAttribute("problem", "account.unknown");
        }
        return "redirect:/accounts";
    }

    private String accountForm(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("members", members.currentMembers());
        return "security/account-form";
    }

}
