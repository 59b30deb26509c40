package fr.ploucs.cooperation.dues.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One year's dues settings as stored. The year is the id, so the version (null = new) decides INSERT or UPDATE. */
@Table(schema = "cooperation", name = "dues_year")
class DuesYearRow {

    @Id
    private Integer year;
    private BigDecimal amount;
    private LocalDate generalAssemblyOn;
    private int reminderDaysBefore;
    @Version
    private Long version;

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getGeneralAssemblyOn() { return generalAssemblyOn; }
    public void setGeneralAssemblyOn(LocalDate generalAssemblyOn) { this.generalAssemblyOn = generalAssemblyOn; }
    public int getReminderDaysBefore() { return reminderDaysBefore; }
    public void setReminderDaysBefore(int reminderDaysBefore) { this.reminderDaysBefore = reminderDaysBefore; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
