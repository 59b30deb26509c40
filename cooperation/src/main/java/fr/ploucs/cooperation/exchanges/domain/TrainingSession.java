package fr.ploucs.cooperation.exchanges.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A session of a yearly training programme. How many places are taken is counted from its registrations, under a
 * lock on the session's row (see the application service), so the capacity holds even for registrations made at the
 * same moment. Once the session has taken place, a coordinator records who was there.
 */
public class TrainingSession {

    private final TrainingSessionId id;
    private final TrainingProgrammeId programmeId;
    private TrainingSessionDetails details;
    private boolean attendanceRecorded;
    private final Long version;

    public TrainingSession(TrainingSessionId id, TrainingProgrammeId programmeId, TrainingSessionDetails details,
                           boolean attendanceRecorded, Long version) {
        this.id = Objects.requireNonNull(id);
        this.programmeId = Objects.requireNonNull(programmeId);
        this.details = Objects.requireNonNull(details);
        this.attendanceRecorded = attendanceRecorded;
        this.version = version;
    }

    /** @throws TrainingRuleViolation when the session's day is not in the programme's year */
    public static TrainingSession schedule(TrainingSessionId id, TrainingProgramme programme,
                                           TrainingSessionDetails details) {
        requireInYear(programme, details);
        return new TrainingSession(id, programme.getId(), details, false, null);
    }

    /**
     * @param registered how many places are taken now
     * @throws TrainingRuleViolation when the new capacity is below the places already taken, or the day leaves the year
     */
    public void replan(TrainingProgramme programme, TrainingSessionDetails newDetails, int registered) {
        requireInYear(programme, newDetails);
        if (newDetails.capacity() < registered) {
            throw new TrainingRuleViolation("capacity", "training.session.capacity.below-registered");
        }
        this.details = newDetails;
    }

    /** @throws TrainingRuleViolation before the session's day */
    public void recordAttendance(LocalDate today) {
        if (details.on().isAfter(today)) {
            throw new TrainingRuleViolation("training.attendance.too-early");
        }
        this.attendanceRecorded = true;
    }

    public int placesLeft(int registered) {
        return Math.max(0, details.capacity() - registered);
    }

    private static void requireInYear(TrainingProgramme programme, TrainingSessionDetails details) {
        if (details.on().getYear() != programme.getYear()) {
            throw new TrainingRuleViolation("date", "training.session.date.outside-year");
        }
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public TrainingSessionId getId() { return id; }
    public TrainingProgrammeId getProgrammeId() { return programmeId; }
    public TrainingSessionDetails getDetails() { return details; }
    public boolean isAttendanceRecorded() { return attendanceRecorded; }
    public Long getVersion() { return version; }
}
