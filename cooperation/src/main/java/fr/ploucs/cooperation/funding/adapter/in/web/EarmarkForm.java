package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.webparts.MoneyInput;

import fr.ploucs.cooperation.funding.domain.EarmarkKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/** An earmark as typed: coaching hours by rate and hours, the other kinds by amount. */
public class EarmarkForm {

    @NotNull(message = "{funding.earmark.kind.required}")
    private EarmarkKind kind;

    @MoneyInput
    private Money amount;

    @MoneyInput
    private Money hourlyRate;

    /** Hours, not money: « 40 », « 12,5 ». */
    @Pattern(regexp = "^\\s*$|^\\s*\\d{1,6}([.,]\\d{1,2})?\\s*$", message = "{funding.earmark.hours.invalid}")
    private String hours;

    private Long version;

    public EarmarkKind getKind() { return kind; }
    public void setKind(EarmarkKind kind) { this.kind = kind; }
    public Money getAmount() { return amount; }
    public void setAmount(Money amount) { this.amount = amount; }
    public Money getHourlyRate() { return hourlyRate; }
    public void setHourlyRate(Money hourlyRate) { this.hourlyRate = hourlyRate; }
    public String getHours() { return hours; }
    public void setHours(String hours) { this.hours = hours; }
    /** The hours typed, or null when none. */
    BigDecimal hoursValue() {
        return hours == null || hours.isBlank() ? null : new BigDecimal(hours.strip().replace(',', '.'));
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
