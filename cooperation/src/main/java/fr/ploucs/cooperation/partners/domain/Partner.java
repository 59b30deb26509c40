package fr.ploucs.cooperation.partners.domain;

import java.util.Objects;

/**
 * Someone the network works with: a commune, an intercommunality, the département, the région, a school or another
 * actor. Its contacts and the log of exchanges are kept apart (they only grow), referring to it by id. Its version
 * guards against two coordinators overwriting each other.
 */
public class Partner {

    private final PartnerId id;
    private PartnerDetails details;
    private final Long version;

    /** Rebuilds a stored partner; new ones come from {@link #register}. */
    public Partner(PartnerId id, PartnerDetails details, Long version) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.version = version;
    }

    public static Partner register(PartnerId id, PartnerDetails details) {
        return new Partner(id, details, null);
    }

    public void update(PartnerDetails newDetails) {
        this.details = Objects.requireNonNull(newDetails);
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public PartnerId getId() {
        return id;
    }

    public PartnerDetails getDetails() {
        return details;
    }

    public Long getVersion() {
        return version;
    }
}
