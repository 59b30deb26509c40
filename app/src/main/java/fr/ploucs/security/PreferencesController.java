package fr.ploucs.security;

import fr.ploucs.security.audit.AuditLog;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;

/**
 * « Mon compte »: a coordinator chooses to receive the notifications by e-mail too, in the language they are using
 * PLOUCS in when they save the choice.
 */
@Controller
@RequestMapping("/account")
@PreAuthorize("hasRole('COORDINATOR')")
class PreferencesController {

    private final UserAccountService accounts;
    private final AuditLog audit;

    PreferencesController(UserAccountService accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping
    String preferences(@AuthenticationPrincipal PloucsUser me, Model model) {
        NotificationPreferences current = accounts.notificationPreferences(me.id());
        PreferencesForm form = new PreferencesForm();
        form.setEmail(current.email());
        form.setEmailNotifications(current.emailNotifications());
        model.addAttribute("preferences", form);
        return "security/preferences";
    }

    @PostMapping
    String save(@AuthenticationPrincipal PloucsUser me, @Valid @ModelAttribute("preferences") PreferencesForm form,
                BindingResult errors, RedirectAttributes redirect, Locale language) {
        String before = accounts.notificationPreferences(me.id()).email();
        String after = form.getEmail() == null || form.getEmail().isBlank() ? null : form.getEmail().strip();
        boolean addressChanges = !java.util.Objects.equals(before, after);
        // A new address could divert the notifications: it takes the password. Removing one cannot.
        if (addressChanges && after != null && !errors.hasFieldErrors("email") && !accounts.isCurrentPassword(me.id(), form.getCurrentPassword())) {
            errors.rejectValue("currentPassword", form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()
                    ? "preferences.password.required" : "password.current.wrong");
        }
        form.setCurrentPassword(null);
        if (errors.hasErrors()) {
            return "security/preferences";
        }
        accounts.setNotificationPreferences(me.id(), form.getEmail(), form.isEmailNotifications(), language);
        if (addressChanges) {
            audit.record(AuditLog.Action.EMAIL_CHANGED, me.getUsername(), me.getUsername(), null);
        }
        redirect.addFlashAttribute("confirmation", "preferences.saved");
        return "redirect:/account";
    }
}
