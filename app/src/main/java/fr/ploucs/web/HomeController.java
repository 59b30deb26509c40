package fr.ploucs.web;

import fr.ploucs.notification.NotificationCentre;
import fr.ploucs.security.PloucsUser;
import fr.ploucs.sharedkernel.HomePanel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

@Controller
class HomeController {

    private static final int LATEST_NOTIFICATIONS = 5;

    private final NotificationCentre notifications;
    private final List<HomePanel> panels;

    HomeController(NotificationCentre notifications, List<HomePanel> panels) {
        this.notifications = notifications;
        this.panels = panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(@AuthenticationPrincipal PloucsUser user, Authentication authentication, Model model) {
        if (user != null && user.isCoordinator()) {
            model.addAttribute("latestNotifications", notifications.latest(user.id(), LATEST_NOTIFICATIONS));
        }
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        model.addAttribute("panels", panels.stream()
                .filter(panel -> panel.requiredRole() == null || roles.contains("ROLE_" + panel.requiredRole()))
                .map(panel -> new ShownPanel(panel.fragment(), panel.data().get()))
                .toList());
        return "home";
    }

    /** A pillar's panel with what it shows this time. */
    record ShownPanel(String fragment, Map<String, Object> data) {
    }
}
