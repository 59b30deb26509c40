package fr.ploucs.cooperation.funding.adapter.out.persistence;

import fr.ploucs.cooperation.funding.domain.EarmarkKind;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;

@Table(schema = "cooperation", name = "grant_earmark")
class GrantEarmarkRow {

    private EarmarkKind kind;
    private BigDecimal amount;
    private BigDecimal hourlyRate;
    private BigDecimal hours;

    public EarmarkKind getKind() { return kind; }
    public void setKind(EarmarkKind kind) { this.kind = kind; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public BigDecimal getHourlyRate() { return hourlyRate; }
    public void setHourlyRate(BigDecimal hourlyRate) { this.hourlyRate = hourlyRate; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal hours) { this.hours = hours; }
}
