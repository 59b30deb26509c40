package fr.ploucs.notification;

import fr.ploucs.sharedkernel.PloucsEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Every event of every pillar becomes an inbox entry for the coordinators. */
@Component
class EventNotifications {

    private final NotificationCentre centre;

    EventNotifications(NotificationCentre centre) {
        this.centre = centre;
    }

    @ApplicationModuleListener(id = "platform.notifications.any-event")
    void on(PloucsEvent event) {
        centre.record(event);
    }
}
