package fr.ploucs.security;

import fr.ploucs.sharedkernel.MemberDirectory;
import fr.ploucs.sharedkernel.MemberId;
import jakarta.validation.Valid;
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
class UserAccountsController {

    private final UserAccountService accounts;
    private final MemberDirectory members;

    UserAccountsController(UserAccountService accounts, MemberDirectory members) {
        this.accounts = accounts;
        this.members = members;
    }

    @GetMapping
    String list(Model model) {
        Map<MemberId, String> memberNames = members.currentMembers().stream()
                .collect(Collectors.toMap(MemberDirectory.MemberSummary::id, MemberDirectory.MemberSummary::name,
                        (a, b) -> a));
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("memberNames", memberNames);
        return "security/accounts";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("account", new AccountForm());
        return accountForm(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("account") AccountForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return accountForm(model);
        }
        if (!accounts.create(form.getUsername(), form.getDisplayName(), form.getPassword(), form.getRole(),
                form.getMemberId() == null ? null : new MemberId(form.getMemberId()))) {
            errors.rejectValue("username", "account.username.taken");
            return accountForm(model);
        }
        redirect.addFlashAttribute("confirmation", "account.created");
        return "redirect:/accounts";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable UUID id, @AuthenticationPrincipal PloucsUser me, RedirectAttributes redirect) {
        if (me.id().equals(id)) {
            redirect.addFlashAttribute("problem", "account.deactivate.self");
            return "redirect:/accounts";
        }
        accounts.deactivate(id);
        redirect.addFlashAttribute("confirmation", "account.deactivated");
        return "redirect:/accounts";
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        accounts.reactivate(id);
        redirect.addFlashAttribute("confirmation", "account.reactivated");
        return "redirect:/accounts";
    }

    private String accountForm(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("members", members.currentMembers());
        return "security/account-form";
    }

}
