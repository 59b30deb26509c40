package fr.ploucs.cooperation.funding.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A funder's call for projects (« appel à projets »), open until its deadline. */
public class CallForProjects {

    private final CallForProjectsId id;
    private CallDetails details;
    private final Long version;

    public CallForProjects(CallForProjectsId id, CallDetails details, Long version) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.version = version;
    }

    public static CallForProjects publish(CallForProjectsId id, CallDetails details) {
        return new CallForProjects(id, details, null);
    }

    public void update(CallDetails newDetails) {
        this.details = Objects.requireNonNull(newDetails);
    }

    /** The deadline has passed: applications can no longer be sent. */
    public boolean overdueOn(LocalDate today) {
        return details.deadline().isBefore(today);
    }

    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, details.deadline());
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public CallForProjectsId getId() {
        return id;
    }

    public CallDetails getDetails() {
        return details;
    }

    public Long getVersion() {
        return version;
    }
}
