package fr.ploucs.cooperation.exchanges.domain;

import java.util.Objects;

/** The members' yearly training programme (« programme de formation »): one per year, with its sessions. */
public class TrainingProgramme {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private final TrainingProgrammeId id;
    private final int year;
    private String title;
    private String description;
    private final Long version;

    public TrainingProgramme(TrainingProgrammeId id, int year, String title, String description, Long version) {
        this.id = Objects.requireNonNull(id);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new TrainingRuleViolation("year", "training.programme.year.range");
        }
        this.year = year;
        this.version = version;
        describe(title, description);
    }

    public static TrainingProgramme open(TrainingProgrammeId id, int year, String title, String description) {
        return new TrainingProgramme(id, year, title, description, null);
    }

    public void describe(String newTitle, String newDescription) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new TrainingRuleViolation("title", "training.programme.title.required");
        }
        this.title = newTitle.strip();
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public TrainingProgrammeId getId() { return id; }
    public int getYear() { return year; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Long getVersion() { return version; }
}
