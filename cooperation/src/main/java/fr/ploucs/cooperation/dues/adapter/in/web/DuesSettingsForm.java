package fr.ploucs.cooperation.dues.adapter.in.web;

import fr.ploucs.webparts.PlausibleDate;
import fr.ploucs.sharedkernel.Money;
import fr.ploucs.webparts.MoneyInput;
import jakarta.validation.constraints.NotNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** A year's dues settings as typed; kept whole when refused. */
public class DuesSettingsForm {

    @NotNull(message = "{dues.settings.amount.required}")
    @MoneyInput
    private Money amount;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(pastYears = 10, futureYears = 5)
    private LocalDate generalAssemblyOn;

    /** Text, so that whatever was typed is shown back with the message. */
    @NotBlank(message = "{dues.settings.reminderDays.required}")
    @Pattern(regexp = "^\\s*$|^\\s*0*([1-9]|[1-9][0-9]|[12][0-9][0-9]|3[0-5][0-9]|36[0-5])\\s*$",
            message = "{dues.settings.reminderDays.range}")
    private String reminderDaysBefore;

    private Long version;

    public Money getAmount() { return amount; }
    public void setAmount(Money amount) { this.amount = amount; }
    public LocalDate getGeneralAssemblyOn() { return generalAssemblyOn; }
    public void setGeneralAssemblyOn(LocalDate generalAssemblyOn) { this.generalAssemblyOn = generalAssemblyOn; }
    public String getReminderDaysBefore() { return reminderDaysBefore; }
    public void setReminderDaysBefore(String reminderDaysBefore) { this.reminderDaysBefore = reminderDaysBefore; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
