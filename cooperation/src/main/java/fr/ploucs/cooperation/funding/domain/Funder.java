package fr.ploucs.cooperation.funding.domain;

import java.util.Objects;

/** A funder the network asks money from (« financeur »): a public authority, a foundation, a European programme. */
public class Funder {

    private final FunderId id;
    private FunderDetails details;
    private final Long version;

    public Funder(FunderId id, FunderDetails details, Long version) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.version = version;
    }

    public static Funder record(FunderId id, FunderDetails details) {
        return new Funder(id, details, null);
    }

    public void update(FunderDetails newDetails) {
        this.details = Objects.requireNonNull(newDetails);
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public FunderId getId() {
        return id;
    }

    public FunderDetails getDetails() {
        return details;
    }

    public Long getVersion() {
        return version;
    }
}
