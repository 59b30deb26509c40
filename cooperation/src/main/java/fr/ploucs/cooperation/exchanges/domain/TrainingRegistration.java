package fr.ploucs.cooperation.exchanges.domain;

import fr.ploucs.sharedkernel.MemberId;

import java.time.Instant;
import java.util.Objects;

/** A person of a member structure registered for a training session, holding a place or waiting for one. */
public class TrainingRegistration {

    private final TrainingRegistrationId id;
    private final TrainingSessionId sessionId;
    private final MemberId memberId;
    private final String personName;
    private RegistrationStatus status;
    private Attendance attendance;
    private final Instant registeredAt;
    private final Long version;

    public TrainingRegistration(TrainingRegistrationId id, TrainingSessionId sessionId, MemberId memberId,
                                String personName, RegistrationStatus status, Attendance attendance,
                                Instant registeredAt, Long version) {
        this.id = Objects.requireNonNull(id);
        this.sessionId = Objects.requireNonNull(sessionId);
        this.memberId = Objects.requireNonNull(memberId);
        this.personName = Objects.requireNonNull(personName);
        this.status = Objects.requireNonNull(status);
        this.attendance = attendance;
        this.registeredAt = Objects.requireNonNull(registeredAt);
        this.version = version;
    }

    /**
     * A place if one is left, the waiting list otherwise.
     *
     * @throws TrainingRuleViolation when no name is given
     */
    public static TrainingRegistration register(TrainingRegistrationId id, TrainingSession session, MemberId memberId,
                                                String personName, int placesTaken, Instant now) {
        if (personName == null || personName.isBlank()) {
            throw new TrainingRuleViolation("personName", "training.registration.personName.required");
        }
        RegistrationStatus status = session.placesLeft(placesTaken) > 0
                ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
        return new TrainingRegistration(id, session.getId(), memberId, personName.strip(), status, null, now, null);
    }

    /** A place has freed up: the first on the waiting list takes it. */
    public void promote() {
        if (status != RegistrationStatus.WAITING) {
            throw new IllegalStateException("only a waiting registration is promoted");
        }
        status = RegistrationStatus.REGISTERED;
    }

    public void cancel() {
        if (status == RegistrationStatus.CANCELLED) {
            throw new TrainingRuleViolation("training.registration.already-cancelled");
        }
        if (attendance != null) {
            throw new TrainingRuleViolation("training.registration.attendance-recorded");
        }
        status = RegistrationStatus.CANCELLED;
    }

    /** @throws TrainingRuleViolation when the registration held no place */
    public void mark(Attendance presence) {
        Objects.requireNonNull(presence);
        if (status != RegistrationStatus.REGISTERED) {
            throw new TrainingRuleViolation("training.attendance.not-registered");
        }
        attendance = presence;
    }

    public boolean holdsPlace() {
        return status == RegistrationStatus.REGISTERED;
    }

    public boolean wasPresent() {
        return attendance == Attendance.PRESENT;
    }

    public TrainingRegistrationId getId() { return id; }
    public TrainingSessionId getSessionId() { return sessionId; }
    public MemberId getMemberId() { return memberId; }
    public String getPersonName() { return personName; }
    public RegistrationStatus getStatus() { return status; }
    public Attendance getAttendance() { return attendance; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Long getVersion() { return version; }
}
