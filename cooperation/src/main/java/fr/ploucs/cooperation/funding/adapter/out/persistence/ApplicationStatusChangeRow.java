package fr.ploucs.cooperation.funding.adapter.out.persistence;

import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

@Table(schema = "cooperation", name = "funding_application_status_change")
class ApplicationStatusChangeRow {

    private ApplicationStatus status;
    private LocalDate changedOn;
    private String comment;

    public ApplicationStatus getStatus() { return status; }
    public void setStatus(ApplicationStatus status) { this.status = status; }
    public LocalDate getChangedOn() { return changedOn; }
    public void setChangedOn(LocalDate changedOn) { this.changedOn = changedOn; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
