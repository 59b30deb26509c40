package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.webparts.PlausibleDate;
import fr.ploucs.webparts.PeriodInOrder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/** A call for projects as typed. */
@PeriodInOrder(start = "opensOn", end = "deadline", message = "{funding.call.rule.deadline-before-opening}")
public class CallForProjectsForm {

    @NotNull(message = "{funding.call.funder.required}")
    private UUID funderId;

    @NotBlank(message = "{funding.call.title.required}")
    @Size(max = 200, message = "{funding.call.title.size}")
    private String title;

    @Size(max = 500, message = "{funding.call.link.invalid}")
    @Pattern(regexp = "^\\s*$|^\\s*[hH][tT][tT][pP][sS]?://[^\\s/]+\\S*\\s*$", message = "{funding.call.link.invalid}")
    private String link;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(pastYears = 5, futureYears = 5)
    private LocalDate opensOn;

    @NotNull(message = "{funding.call.deadline.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(pastYears = 5, futureYears = 5)
    private LocalDate deadline;

    @Size(max = 4000, message = "{funding.call.description.size}")
    private String description;

    private Long version;

    public UUID getFunderId() { return funderId; }
    public void setFunderId(UUID funderId) { this.funderId = funderId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
