package fr.ploucs.accompaniment.followup.adapter.in.web;

import fr.ploucs.accompaniment.followup.domain.ActivityStatus;
import fr.ploucs.accompaniment.followup.domain.RevenueBand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** What a check-in found: where the project stands, its jobs, a revenue band and what it needs. */
public class CheckInForm {

    @NotNull(message = "{followup.status.required}")
    private ActivityStatus status;

    @NotNull(message = "{followup.jobs.required}")
    @Min(value = 0, message = "{followup.jobs.range}")
    @Max(value = 500, message = "{followup.jobs.range}")
    private Integer jobs;

    @NotNull(message = "{followup.revenue.required}")
    private RevenueBand revenue;

    @Size(max = 4000, message = "{followup.needs.too-long}")
    private String needs;

    @NotNull(message = "{followup.recorded-on.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate recordedOn;

    private Long version;

    public ActivityStatus getStatus() { return status; }
    public void setStatus(ActivityStatus status) { this.status = status; }
    public Integer getJobs() { return jobs; }
    public void setJobs(Integer jobs) { this.jobs = jobs; }
    public RevenueBand getRevenue() { return revenue; }
    public void setRevenue(RevenueBand revenue) { this.revenue = revenue; }
    public String getNeeds() { return needs; }
    public void setNeeds(String needs) { this.needs = needs; }
    public LocalDate getRecordedOn() { return recordedOn; }
    public void setRecordedOn(LocalDate recordedOn) { this.recordedOn = recordedOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
