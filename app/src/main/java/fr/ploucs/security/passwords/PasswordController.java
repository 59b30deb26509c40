package fr.ploucs.security.passwords;

import fr.ploucs.security.AccessInterceptors;
import fr.ploucs.security.PloucsUser;
import fr.ploucs.security.UserAccount;
import fr.ploucs.security.UserAccountService;
import fr.ploucs.security.audit.AuditLog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Objects;
import java.util.UUID;

/**
 * Everyone changes their own password (the current one asked); a coordinator gives another person a temporary
 * one, which that person must replace at their next login.
 */
@Controller
public class PasswordController {

    private final UserAccountService accounts;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(UserAccountService accounts, PasswordPolicy policy, AuditLog audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.audit = audit;
    }

    @GetMapping(AccessInterceptors.CHANGE_PASSWORD)
    @PreAuthorize("isAuthenticated()")
    String changeForm(@AuthenticationPrincipal PloucsUser me, Model model) {
        model.addAttribute("password", new PasswordForm());
        return ownForm(me, model);
    }

    @PostMapping(AccessInterceptors.CHANGE_PASSWORD)
    @PreAuthorize("isAuthenticated()")
    String change(@AuthenticationPrincipal PloucsUser me, @ModelAttribute("password") PasswordForm form,
                  BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        if (!accounts.isCurrentPassword(me.id(), form.getCurrentPassword())) {
            errors.rejectValue("currentPassword", "password.current.wrong");
            audit.record(AuditLog.Action.PASSWORD_CHANGE_FAILED, me.getUsername(), me.getUsername(), request.getRemoteAddr());
        }
        String chosen = form.getNewPassword();
        boolean unchanged = Objects.equals(chosen, form.getCurrentPassword());
        checkNewPassword(form, me.getUsername(), errors);
        if (!errors.hasFieldErrors("newPassword") && unchanged) {
            errors.rejectValue("newPassword", "password.same-as-current");
        }
        if (errors.hasErrors()) {
            form.setCurrentPassword(null);
            return ownForm(me, model);
        }
        accounts.changeOwnPassword(me, chosen, request.getSession().getId());
        // The session now carries the account as it is, without the forced change.
        accounts.reload(me.id()).ifPresent(user -> {
            SecurityContext context = SecurityContextHolder.getContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            contexts.saveContext(context, request, response);
        });
        redirect.addFlashAttribute("confirmation", "password.changed");
        return "redirect:" + AccessInterceptors.CHANGE_PASSWORD;
    }

    @GetMapping("/accounts/{id}/password")
    @PreAuthorize("hasRole('COORDINATOR')")
    String resetForm(@PathVariable UUID id, @AuthenticationPrincipal PloucsUser me, Model model) {
        UserAccount account = accounts.byId(id).orElse(null);
        if (account == null) {
            return "redirect:/accounts";
        }
        if (account.id().equals(me.id())) {
            return "redirect:" + AccessInterceptors.CHANGE_PASSWORD;
        }
        model.addAttribute("password", new PasswordForm());
        model.addAttribute("target", account);
        return "security/password-reset";
    }

    @PostMapping("/accounts/{id}/password")
    @PreAuthorize("hasRole('COORDINATOR')")
    String reset(@PathVariable UUID id, @AuthenticationPrincipal PloucsUser me,
                 @ModelAttribute("password") PasswordForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        UserAccount account = accounts.byId(id).orElse(null);
        if (account == null || account.id().equals(me.id())) {
            redirect.addFlashAttribute("problem", account == null ? "account.unknown" : "password.reset.self");
            return "redirect:/accounts";
        }
        String temporary = form.getNewPassword();
        checkNewPassword(form, account.username(), errors);
        if (errors.hasErrors()) {
            model.addAttribute("target", account);
            return "security/password-reset";
        }
        accounts.resetPassword(me, id, temporary);
        redirect.addFlashAttribute("confirmation", "password.reset.done");
        return "redirect:/accounts";
    }

    private void checkNewPassword(PasswordForm form, String username, BindingResult errors) {
        policy.problem(form.getNewPassword(), username).ifPresent(problem -> errors.rejectValue("newPassword", problem));
        if (!errors.hasFieldErrors("newPassword") && !Objects.equals(form.getNewPassword(), form.getConfirmation())) {
            errors.rejectValue("confirmation", "password.confirmation.different");
        }
        form.setNewPassword(null);
        form.setConfirmation(null);
    }

    private String ownForm(PloucsUser me, Model model) {
        model.addAttribute("forced", me.mustChangePassword());
        return "security/password";
    }
}
