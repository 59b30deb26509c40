package fr.ploucs.accompaniment.coaching.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A coaching session as typed, kept whole when it is refused. The structure is not typed: it is the one that coached
 * the project on that day.
 */
public class SessionForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    /** As typed: "1,5" as written in French, or "1.5". */
    @NotBlank(message = "{coaching.session.hours.required}")
    @Pattern(regexp = "\\s*\\d{1,2}([.,]\\d{1,2})?\\s*", message = "{coaching.session.hours.invalid}")
    private String hours;

    @Size(max = 200, message = "{coaching.session.text.too-long}")
    private String coachName;

    @Size(max = 4000, message = "{coaching.session.text.too-long}")
    private String topics;

    @Size(max = 4000, message = "{coaching.session.text.too-long}")
    private String notes;

    @Size(max = 4000, message = "{coaching.session.text.too-long}")
    private String nextSteps;

    private Long version;

    /** The hours typed, once the pattern has accepted them. */
    BigDecimal hoursTyped() {
        return hours == null || hours.isBlank() ? null : new BigDecimal(hours.strip().replace(',', '.'));
    }

    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getHours() { return hours; }
    public void setHours(String hours) { this.hours = hours; }
    public String getCoachName() { return coachName; }
    public void setCoachName(String coachName) { this.coachName = coachName; }
    public String getTopics() { return topics; }
    public void setTopics(String topics) { this.topics = topics; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getNextSteps() { return nextSteps; }
    public void setNextSteps(String nextSteps) { this.nextSteps = nextSteps; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
