package fr.ploucs.accompaniment.programmes.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A programme's yearly intake (« promotion »): usually September to June, about ten projects. Admissions are
 * counted by the applications feature under a lock on this cohort's row, so its capacity holds even when two
 * coordinators admit at the same moment.
 */
public class Cohort {

    public static final int NAME_MAX = 120;
    public static final int CAPACITY_MAX = 100;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final CohortId id;
    private final ProgrammeId programmeId;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private int capacity;
    private int admitted;
    private CallForApplications call;
    private CallStatus callStatus;
    private final Long version;

    public Cohort(CohortId id, ProgrammeId programmeId, String name, LocalDate startsOn, LocalDate endsOn,
                  int capacity, int admitted, CallForApplications call, CallStatus callStatus, Long version) {
        this.id = Objects.requireNonNull(id);
        this.programmeId = Objects.requireNonNull(programmeId);
        this.name = Objects.requireNonNull(name);
        this.startsOn = Objects.requireNonNull(startsOn);
        this.endsOn = Objects.requireNonNull(endsOn);
        this.capacity = capacity;
        this.admitted = admitted;
        this.call = call;
        this.callStatus = Objects.requireNonNull(callStatus);
        this.version = version;
    }

    /** @throws ProgrammeRuleViolation on a blank name, dates out of order or out of range, or a capacity below 1 */
    public static Cohort plan(CohortId id, ProgrammeId programmeId, String name, LocalDate startsOn,
                              LocalDate endsOn, int capacity) {
        Cohort cohort = new Cohort(id, programmeId, "-", LocalDate.of(FIRST_YEAR, 1, 1),
                LocalDate.of(FIRST_YEAR, 1, 2), 1, 0, null, CallStatus.NOT_DEFINED, null);
        cohort.replan(name, startsOn, endsOn, capacity);
        return cohort;
    }

    /** @throws ProgrammeRuleViolation as {@link #plan}, or when the capacity falls below the admitted projects */
    public void replan(String newName, LocalDate newStart, LocalDate newEnd, int newCapacity) {
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty()) {
            throw new ProgrammeRuleViolation("name", "cohort.name.required");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new ProgrammeRuleViolation("name", "cohort.name.too-long");
        }
        if (newStart == null) {
            throw new ProgrammeRuleViolation("startsOn", "cohort.starts-on.required");
        }
        if (newEnd == null) {
            throw new ProgrammeRuleViolation("endsOn", "cohort.ends-on.required");
        }
        requirePlausible(newStart, "startsOn");
        requirePlausible(newEnd, "endsOn");
        if (!newEnd.isAfter(newStart)) {
            throw new ProgrammeRuleViolation("endsOn", "cohort.ends-before-start");
        }
        if (newEnd.isAfter(newStart.plus(Period.ofYears(2)))) {
            throw new ProgrammeRuleViolation("endsOn", "cohort.too-long");
        }
        if (newCapacity < 1 || newCapacity > CAPACITY_MAX) {
            throw new ProgrammeRuleViolation("capacity", "cohort.capacity.range");
        }
        if (newCapacity < admitted) {
            throw new ProgrammeRuleViolation("capacity", "cohort.capacity.below-admitted");
        }
        this.name = trimmed;
        this.startsOn = newStart;
        this.endsOn = newEnd;
        this.capacity = newCapacity;
    }

    /** Sets or changes the call; its criteria are fixed once it has opened. */
    public void defineCall(CallForApplications newCall) {
        Objects.requireNonNull(newCall);
        if (callStatus == CallStatus.OPEN || callStatus == CallStatus.CLOSED) {
            throw new ProgrammeRuleViolation(null, "cohort.call.already-opened");
        }
        if (newCall.closesOn().isAfter(startsOn)) {
            throw new ProgrammeRuleViolation("callClosesOn", "cohort.call.closes-after-start");
        }
        this.call = newCall;
        this.callStatus = CallStatus.READY;
    }

    /** @throws ProgrammeRuleViolation when no call is defined, or it has already opened */
    public void openCall() {
        if (callStatus == CallStatus.NOT_DEFINED) {
            throw new ProgrammeRuleViolation(null, "cohort.call.not-defined");
        }
        if (callStatus != CallStatus.READY) {
            throw new ProgrammeRuleViolation(null, "cohort.call.already-opened");
        }
        this.callStatus = CallStatus.OPEN;
    }

    public void closeCall() {
        if (callStatus != CallStatus.OPEN) {
            throw new ProgrammeRuleViolation(null, "cohort.call.not-open");
        }
        this.callStatus = CallStatus.CLOSED;
    }

    /** Applications are received while the call is open (and, by hand, until the jury has decided). */
    public boolean receivesApplications() {
        return callStatus == CallStatus.OPEN || callStatus == CallStatus.CLOSED;
    }

    /** @throws ProgrammeRuleViolation when every seat is taken */
    public void admitOne() {
        if (admitted >= capacity) {
            throw new ProgrammeRuleViolation(null, "cohort.full");
        }
        admitted++;
    }

    public int seatsLeft() {
        return Math.max(0, capacity - admitted);
    }

    static void requirePlausible(LocalDate date, String field) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new ProgrammeRuleViolation(field, "date.out-of-range");
        }
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public CohortId getId() { return id; }
    public ProgrammeId getProgrammeId() { return programmeId; }
    public String getName() { return name; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public int getCapacity() { return capacity; }
    public int getAdmitted() { return admitted; }
    public CallForApplications getCall() { return call; }
    public CallStatus getCallStatus() { return callStatus; }
    public Long getVersion() { return version; }
}
