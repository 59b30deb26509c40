package fr.ploucs.cooperation.partners.adapter.in.web;

import fr.ploucs.webparts.PlausibleDate;
import fr.ploucs.cooperation.partners.domain.InteractionKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** An entry of the « journal des échanges » as typed; who wrote it comes from the signed-in account, not the form. */
public class PartnerInteractionForm {

    @NotNull(message = "{partner-log.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(pastYears = 30, futureYears = 1)
    private LocalDate date;

    @NotNull(message = "{partner-log.kind.required}")
    private InteractionKind kind;

    @NotBlank(message = "{partner-log.summary.required}")
    @Size(max = 4000, message = "{partner-log.summary.size}")
    private String summary;

    @Size(max = 2000, message = "{partner-log.followUp.size}")
    private String followUp;

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public InteractionKind getKind() { return kind; }
    public void setKind(InteractionKind kind) { this.kind = kind; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getFollowUp() { return followUp; }
    public void setFollowUp(String followUp) { this.followUp = followUp; }
}
