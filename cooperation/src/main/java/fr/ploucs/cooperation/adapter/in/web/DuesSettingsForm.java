package fr.ploucs.cooperation.adapter.in.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** A year's dues settings as typed; kept whole when refused. */
public class DuesSettingsForm {

    @NotBlank(message = "{dues.settings.amount.required}")
    @Pattern(regexp = DuesWebMapper.AMOUNT_PATTERN, message = "{dues.amount.invalid}")
    private String amount;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate generalAssemblyOn;

    @NotNull(message = "{dues.settings.reminderDays.required}")
    @Min(value = 1, message = "{dues.settings.reminderDays.range}")
    @Max(value = 365, message = "{dues.settings.reminderDays.range}")
    private Integer reminderDaysBefore;

    private Long version;

    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public LocalDate getGeneralAssemblyOn() { return generalAssemblyOn; }
    public void setGeneralAssemblyOn(LocalDate generalAssemblyOn) { this.generalAssemblyOn = generalAssemblyOn; }
    public Integer getReminderDaysBefore() { return reminderDaysBefore; }
    public void setReminderDaysBefore(Integer reminderDaysBefore) { this.reminderDaysBefore = reminderDaysBefore; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
