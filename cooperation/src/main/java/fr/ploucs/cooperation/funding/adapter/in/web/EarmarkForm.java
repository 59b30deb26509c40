package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.cooperation.shared.adapter.in.web.TypedAmount;

import fr.ploucs.cooperation.funding.domain.EarmarkKind;
import jakarta.validation.constraints.NotNull;

/** An earmark as typed: coaching hours by rate and hours, the other kinds by amount. */
public class EarmarkForm {

    @NotNull(message = "{funding.earmark.kind.required}")
    private EarmarkKind kind;

    @TypedAmount
    private String amount;

    @TypedAmount
    private String hourlyRate;

    @TypedAmount(message = "{funding.earmark.hours.invalid}")
    private String hours;

    private Long version;

    public EarmarkKind getKind() { return kind; }
    public void setKind(EarmarkKind kind) { this.kind = kind; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getHourlyRate() { return hourlyRate; }
    public void setHourlyRate(String hourlyRate) { this.hourlyRate = hourlyRate; }
    public String getHours() { return hours; }
    public void setHours(String hours) { this.hours = hours; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
