package fr.ploucs.cooperation.dues.adapter.in.web;

import fr.ploucs.webparts.PlausibleDate;
import fr.ploucs.sharedkernel.Money;
import fr.ploucs.webparts.MoneyInput;

import fr.ploucs.cooperation.dues.domain.PaymentMeans;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/** A dues payment as typed; kept whole when refused. The member is chosen only when the payment is recorded. */
public class DuesPaymentForm {

    private UUID memberId;

    @NotNull(message = "{dues.payment.amount.required}")
    @MoneyInput
    private Money amount;

    @NotNull(message = "{dues.payment.paidOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(pastYears = 10, futureYears = 0, tooLate = "{dues.payment.paidOn.future}")
    private LocalDate paidOn;

    @NotNull(message = "{dues.payment.means.required}")
    private PaymentMeans means;

    @Size(max = 100, message = "{dues.payment.reference.size}")
    private String reference;

    private Long version;

    public UUID getMemberId() { return memberId; }
    public void setMemberId(UUID memberId) { this.memberId = memberId; }
    public Money getAmount() { return amount; }
    public void setAmount(Money amount) { this.amount = amount; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
    public PaymentMeans getMeans() { return means; }
    public void setMeans(PaymentMeans means) { this.means = means; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
