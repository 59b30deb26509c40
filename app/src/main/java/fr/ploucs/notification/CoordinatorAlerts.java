package fr.ploucs.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Alerts of the platform itself (not of a pillar's event) for the coordinators: an inbox entry, and an e-mail to
 * those who asked for them. Each alert is raised once per key, however often the condition is seen again.
 */
@Service
public class CoordinatorAlerts {

    private final NotificationCentre centre;
    private final NotificationEmails emails;

    CoordinatorAlerts(NotificationCentre centre, NotificationEmails emails) {
        this.centre = centre;
        this.emails = emails;
    }

    /** @return whether the alert was raised now (false when this key had already been raised) */
    @Transactional
    public boolean raiseOnce(UUID key, String messageKey, List<String> arguments) {
        return centre.recordOnce(key, messageKey, arguments)
                .map(notification -> {
                    emails.queue(notification, messageKey, arguments.toArray(), messageKey);
                    return true;
                })
                .orElse(false);
    }
}
