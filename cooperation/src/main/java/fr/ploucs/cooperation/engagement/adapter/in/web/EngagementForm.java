package fr.ploucs.cooperation.engagement.adapter.in.web;

import fr.ploucs.webparts.PlausibleDate;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Hours a coordinator logs for a member: a practice exchange, a training, other work for the network. */
public class EngagementForm {

    @NotNull(message = "{engagement.source.required}")
    private EngagementSource source = EngagementSource.PRACTICE_EXCHANGE;

    @NotNull(message = "{engagement.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(notBeforeYear = 1901, pastYears = PlausibleDate.ANY, futureYears = 0, tooLate = "{engagement.date.future}")
    private LocalDate date;

    /** As typed: "2,5" as written in French, or "2.5". */
    @NotBlank(message = "{engagement.hours.required}")
    @Pattern(regexp = "\\s*\\d{1,2}([.,]\\d{1,2})?\\s*", message = "{engagement.rule.hours-precision}")
    private String hours;

    @NotBlank(message = "{engagement.description.required}")
    @Size(max = 300, message = "{engagement.description.size}")
    private String description;

    public EngagementSource getSource() { return source; }
    public void setSource(EngagementSource source) { this.source = source; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getHours() { return hours; }
    public void setHours(String hours) { this.hours = hours; }

    /** The hours typed, once they have passed validation. */
    BigDecimal hoursValue() {
        return new BigDecimal(hours.strip().replace(',', '.'));
    }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
