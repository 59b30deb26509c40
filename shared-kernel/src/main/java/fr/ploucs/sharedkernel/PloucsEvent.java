package fr.ploucs.sharedkernel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A fact one pillar publishes for the others. Every event carries its own identity so that a listener
 * delivered the same event twice (the registry delivers at least once) can tell it has seen it.
 */
public interface PloucsEvent {

    UUID eventId();

    Instant occurredAt();

    /**
     * Arguments of the coordinators' notification. The text is the message {@code notification.<SimpleClassName>}
     * that the publishing pillar ships in its message bundle, so a new event needs no change outside its pillar.
     */
    List<String> notificationArguments();
}
