package fr.ploucs.accompaniment.trainingdays.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A collective training day of a cohort (« journée de formation collective »): a topic, a day, a place, a trainer,
 * and once it has taken place, which of the cohort's project holders came.
 */
public class TrainingDay {

    public static final int TEXT_MAX = 200;

    private final TrainingDayId id;
    private final UUID cohortId;
    private String topic;
    private LocalDate heldOn;
    private String place;
    private String trainer;
    private List<Attendee> attendance;
    private final Long version;

    public TrainingDay(TrainingDayId id, UUID cohortId, String topic, LocalDate heldOn, String place, String trainer,
                       List<Attendee> attendance, Long version) {
        this.id = Objects.requireNonNull(id);
        this.cohortId = Objects.requireNonNull(cohortId);
        this.topic = Objects.requireNonNull(topic);
        this.heldOn = Objects.requireNonNull(heldOn);
        this.place = place;
        this.trainer = trainer;
        this.attendance = List.copyOf(attendance);
        this.version = version;
    }

    public static TrainingDay plan(TrainingDayId id, UUID cohortId, String topic, LocalDate heldOn, String place,
                                   String trainer, LocalDate cohortStart, LocalDate cohortEnd) {
        TrainingDay day = new TrainingDay(id, cohortId, "-", cohortStart, null, null, List.of(), null);
        day.replan(topic, heldOn, place, trainer, cohortStart, cohortEnd);
        return day;
    }

    /** @throws TrainingDayRuleViolation on a blank topic, too long a text, or a day outside the cohort's year */
    public void replan(String newTopic, LocalDate day, String newPlace, String newTrainer, LocalDate cohortStart,
                       LocalDate cohortEnd) {
        this.topic = required(newTopic, "topic");
        if (day == null) {
            throw new TrainingDayRuleViolation("heldOn", "training-day.held-on.required");
        }
        if (day.isBefore(cohortStart) || day.isAfter(cohortEnd)) {
            throw new TrainingDayRuleViolation("heldOn", "training-day.held-on.outside-cohort");
        }
        this.heldOn = day;
        this.place = optional(newPlace, "place");
        this.trainer = optional(newTrainer, "trainer");
    }

    /**
     * Records who came, for every holder expected.
     *
     * @throws TrainingDayRuleViolation before the day
     */
    public void recordAttendance(List<Attendee> who, LocalDate today) {
        if (heldOn.isAfter(today)) {
            throw new TrainingDayRuleViolation(null, "training-day.attendance.too-early");
        }
        this.attendance = List.copyOf(who);
    }

    public long presentCount() {
        return attendance.stream().filter(Attendee::present).count();
    }

    private static String required(String text, String field) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new TrainingDayRuleViolation(field, "training-day." + field + ".required");
        }
        if (trimmed.length() > TEXT_MAX) {
            throw new TrainingDayRuleViolation(field, "training-day.text.too-long");
        }
        return trimmed;
    }

    private static String optional(String text, String field) {
        return text == null || text.isBlank() ? null : required(text, field);
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public TrainingDayId getId() { return id; }
    public UUID getCohortId() { return cohortId; }
    public String getTopic() { return topic; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getPlace() { return place; }
    public String getTrainer() { return trainer; }
    public List<Attendee> getAttendance() { return attendance; }
    public Long getVersion() { return version; }
}
