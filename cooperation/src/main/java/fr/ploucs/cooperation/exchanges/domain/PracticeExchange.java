package fr.ploucs.cooperation.exchanges.domain;

import java.util.Objects;

/**
 * A practice-exchange session between member structures. Its version guards against two coordinators overwriting
 * each other. The hours of the session are credited to each attending member (see the application service).
 */
public class PracticeExchange {

    private final PracticeExchangeId id;
    private PracticeExchangeDetails details;
    private final Long version;

    /** Rebuilds a stored exchange; new ones come from {@link #record}. */
    public PracticeExchange(PracticeExchangeId id, PracticeExchangeDetails details, Long version) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.version = version;
    }

    public static PracticeExchange record(PracticeExchangeId id, PracticeExchangeDetails details) {
        return new PracticeExchange(id, details, null);
    }

    public void update(PracticeExchangeDetails newDetails) {
        this.details = Objects.requireNonNull(newDetails);
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public PracticeExchangeId getId() {
        return id;
    }

    public PracticeExchangeDetails getDetails() {
        return details;
    }

    public Long getVersion() {
        return version;
    }
}
