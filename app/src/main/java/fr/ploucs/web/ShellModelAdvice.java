package fr.ploucs.web;

import fr.ploucs.notification.NotificationCentre;
import fr.ploucs.security.PloucsUser;
import fr.ploucs.sharedkernel.NavigationEntry;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gives every page what the layout shows: the navigation the visitor may use, who they are, unread notifications. */
@ControllerAdvice
class ShellModelAdvice {

    private final List<NavigationEntry> entries;
    private final NotificationCentre notifications;

    ShellModelAdvice(List<NavigationEntry> entries, NotificationCentre notifications) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
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
        List<Shell.Item> navigation = entries.stream()
                .filter(entry -> entry.requiredRole() == null || roles.contains("ROLE_" + entry.requiredRole()))
                .map(entry -> new Shell.Item(entry.labelKey(), entry.path(), isCurrent(entry.path(), path)))
                .toList();
        long unread = user.isCoordinator() ? notifications.unreadCount(user.id()) : 0;
        return new Shell(true, user.isCoordinator(), user.displayName(), unread, navigation, sections(navigation));
    }

    /**
     * Entries grouped by the pillar that declares them, read from their label key ({@code nav.<pillar>.<entry>}), in
     * the order of each group's first entry; the app's own entries ({@code nav.<entry>}) stand alone.
     */
    static List<Shell.Section> sections(List<Shell.Item> navigation) {
        Map<String, List<Shell.Item>> grouped = new LinkedHashMap<>();
        navigation.forEach(item -> grouped.computeIfAbsent(sectionOf(item), key -> new ArrayList<>()).add(item));
        return grouped.entrySet().stream()
                .map(group -> new Shell.Section(group.getKey().startsWith(STANDALONE) ? null : group.getKey(),
                        group.getValue()))
                .toList();
    }

    private static final String STANDALONE = "standalone:";

    private static String sectionOf(Shell.Item item) {
        String[] parts = item.labelKey().split("\\.");
        return parts.length >= 3 ? parts[1] : STANDALONE + item.labelKey();
    }

    private static boolean isCurrent(String entryPath, String requestPath) {
        return entryPath.equals("/") ? requestPath.equals("/") : requestPath.startsWith(entryPath);
    }

    record Shell(boolean signedIn, boolean coordinator, String displayName, long unreadNotifications,
                 List<Item> navigation, List<Section> sections) {
        static final Shell ANONYMOUS = new Shell(false, false, "", 0, List.of(), List.of());

        record Item(String labelKey, String path, boolean current) {
        }

        /** @param pillar null for an entry of the app's own, shown without a heading */
        record Section(String pillar, List<Item> items) {
            public boolean current() {
                return items.stream().anyMatch(Item::current);
            }
        }
    }
}
