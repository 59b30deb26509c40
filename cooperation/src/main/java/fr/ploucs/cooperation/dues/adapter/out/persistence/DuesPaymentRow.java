package fr.ploucs.cooperation.dues.adapter.out.persistence;

import fr.ploucs.cooperation.dues.domain.PaymentMeans;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A dues payment as stored. The id is assigned by the application: the version (null = new) decides INSERT or UPDATE. */
@Table(schema = "cooperation", name = "dues_payment")
class DuesPaymentRow {

    @Id
    private UUID id;
    private UUID memberId;
    private int year;
    private BigDecimal amount;
    private LocalDate paidOn;
    private PaymentMeans means;
    private String reference;
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getMemberId() { return memberId; }
    public void setMemberId(UUID memberId) { this.memberId = memberId; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
    public PaymentMeans getMeans() { return means; }
    public void setMeans(PaymentMeans means) { this.means = means; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
