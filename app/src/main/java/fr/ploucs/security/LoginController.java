package fr.ploucs.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login(Authentication authentication, @RequestParam(name = "blocked", required = false) String blocked,
                 Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()) {
            return "redirect:/";
        }
        if (blocked != null) {
            // How long to wait, as the throttle said; rounded up to minutes beyond two of them.
            long seconds = parseSeconds(blocked);
            model.addAttribute("blockedMessage", seconds <= 120 ? "login.blocked.seconds" : "login.blocked.minutes");
            model.addAttribute("blockedFor", seconds <= 120 ? seconds : (seconds + 59) / 60);
        }
        return "security/login";
    }

    private static long parseSeconds(String value) {
        try {
            return Math.min(24 * 3600, Math.max(1, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return 60;
        }
    }
}
