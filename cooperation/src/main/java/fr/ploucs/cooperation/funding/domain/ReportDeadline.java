package fr.ploucs.cooperation.funding.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/** A report owed to the funder of a grant (« compte rendu »), due on a date, done on another once sent. */
public record ReportDeadline(UUID id, ReportKind kind, LocalDate dueOn, LocalDate doneOn) {

    public ReportDeadline {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(dueOn);
    }

    public boolean done() {
        return doneOn != null;
    }

    public boolean overdueOn(LocalDate today) {
        return !done() && dueOn.isBefore(today);
    }

    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    ReportDeadline doneOn(LocalDate on) {
        return new ReportDeadline(id, kind, dueOn, on);
    }
}
