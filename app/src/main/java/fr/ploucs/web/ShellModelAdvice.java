package fr.ploucs.web;

import fr.ploucs.notification.NotificationCentre;
import fr.ploucs.security.PloucsUser;
import fr.ploucs.sharedkernel.NavigationEntry;
import fr.ploucs.sharedkernel.NavigationEntry.Audience;
import fr.ploucs.web.NavigationMenus.Item;
import fr.ploucs.web.NavigationMenus.Menus;
import fr.ploucs.web.NavigationMenus.Pillar;
import fr.ploucs.web.NavigationMenus.Section;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Gives every page what the layout shows: the navigation the visitor may use, who they are, unread notifications. */
@ControllerAdvice
class ShellModelAdvice {

    private final NavigationMenus menus;
    private final NotificationCentre notifications;

    ShellModelAdvice(List<NavigationEntry> entries, NotificationCentre notifications) {
        this.menus = new NavigationMenus(entries);
        this.notifications = notifications;
    }

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PloucsUser user)) {
            return Shell.ANONYMOUS;
        }
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Menus navigation = menus.forVisitor(audiences(roles), path);
        long unread = user.isCoordinator() ? notifications.unreadCount(user.id()) : 0;
        return new Shell(true, user.isCoordinator(), user.displayName(), unread, navigation.header(),
                navigation.pillar(), navigation.sections());
    }

    static Set<Audience> audiences(List<String> roles) {
        Set<Audience> audiences = EnumSet.of(Audience.EVERYONE);
        if (roles.contains("ROLE_COORDINATOR")) {
            audiences.add(Audience.COORDINATORS);
        }
        if (roles.contains("ROLE_REPRESENTATIVE")) {
            audiences.add(Audience.REPRESENTATIVES);
        }
        return audiences;
    }

    /**
     * @param header   the header's links: the app's own entries and one per pillar
     * @param pillar   the navigation of the pillar the page belongs to, null outside the pillars
     * @param sections every pillar's entries (the home page's shortcuts)
     */
    record Shell(boolean signedIn, boolean coordinator, String displayName, long unreadNotifications,
                 List<Item> header, Pillar pillar, List<Section> sections) {
        static final Shell ANONYMOUS = new Shell(false, false, "", 0, List.of(), null, List.of());
    }
}
