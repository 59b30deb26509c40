package fr.ploucs.cooperation.funding.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One dated step of an application, with the coordinator's comment (for a rejection: the funder's reason). */
public record ApplicationStatusChange(ApplicationStatus status, LocalDate on, String comment) {

    public ApplicationStatusChange {
        Objects.requireNonNull(status);
        Objects.requireNonNull(on);
    }
}
