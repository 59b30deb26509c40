package fr.ploucs.cooperation.mutualisation.domain;

import java.util.Objects;

/**
 * A resource a member structure shares with the network. A withdrawn resource stays on record with its bookings
 * but can no longer be booked. Its version guards against two coordinators overwriting each other.
 */
public class SharedResource {

    private final SharedResourceId id;
    private SharedResourceDetails details;
    private boolean active;
    private final Long version;

    /** Rebuilds a stored resource; new ones come from {@link #share}. */
    public SharedResource(SharedResourceId id, SharedResourceDetails details, boolean active, Long version) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.active = active;
        this.version = version;
    }

    public static SharedResource share(SharedResourceId id, SharedResourceDetails details) {
        return new SharedResource(id, details, true, null);
    }

    public void update(SharedResourceDetails newDetails, boolean stillActive) {
        this.details = Objects.requireNonNull(newDetails);
        this.active = stillActive;
    }

    /** @throws MutualisationRuleViolation when the resource was withdrawn */
    public void requireBookable() {
        if (!active) {
            throw new MutualisationRuleViolation("booking.rule.resource-withdrawn");
        }
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public SharedResourceId getId() {
        return id;
    }

    public SharedResourceDetails getDetails() {
        return details;
    }

    public boolean isActive() {
        return active;
    }

    public Long getVersion() {
        return version;
    }
}
