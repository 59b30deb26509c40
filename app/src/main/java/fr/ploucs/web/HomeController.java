package fr.ploucs.web;

import fr.ploucs.notification.NotificationCentre;
import fr.ploucs.security.PloucsUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private static final int LATEST_NOTIFICATIONS = 5;

    private final NotificationCentre notifications;

    HomeController(NotificationCentre notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PloucsUser user, Model model) {
        if (user != null && user.isCoordinator()) {
            model.addAttribute("latestNotifications", notifications.latest(user.id(), LATEST_NOTIFICATIONS));
        }
        return "home";
    }
}
