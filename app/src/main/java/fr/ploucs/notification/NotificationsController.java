package fr.ploucs.notification;

import fr.ploucs.security.PloucsUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.UUID;

@Controller
@RequestMapping("/notifications")
@PreAuthorize("hasRole('COORDINATOR')")
class NotificationsController {

    private static final int PAGE = 100;

    private final NotificationCentre centre;

    NotificationsController(NotificationCentre centre) {
        this.centre = centre;
    }

    @GetMapping
    String inbox(@AuthenticationPrincipal PloucsUser user, Model model) {
        model.addAttribute("notifications", centre.latest(user.id(), PAGE));
        return "notification/inbox";
    }

    /** The header's badge, refreshed by htmx. */
    @GetMapping("/unread-count")
    String unreadCount(@AuthenticationPrincipal PloucsUser user, Model model) {
        model.addAttribute("count", centre.unreadCount(user.id()));
        return "notification/unread-count";
    }

    @PostMapping("/{id}/read")
    String markRead(@AuthenticationPrincipal PloucsUser user, @PathVariable UUID id) {
        centre.markRead(user.id(), id);
        return "redirect:/notifications";
    }

    @PostMapping("/read")
    String markAllRead(@AuthenticationPrincipal PloucsUser user) {
        centre.markAllRead(user.id());
        return "redirect:/notifications";
    }
}
