package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.webparts.MoneyInput;


import fr.ploucs.cooperation.funding.domain.FinancingLineStatus;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** A line of a financing plan as typed: a funder (none = the network's own funds), an amount, a status. */
public class FinancingLineForm {

    private UUID funderId;

    @NotNull(message = "{funding.plan.amount.required}")
    @MoneyInput
    private Money amount;

    @NotNull(message = "{funding.plan.status.required}")
    private FinancingLineStatus status;

    private Long version;

    public UUID getFunderId() { return funderId; }
    public void setFunderId(UUID funderId) { this.funderId = funderId; }
    public Money getAmount() { return amount; }
    public void setAmount(Money amount) { this.amount = amount; }
    public FinancingLineStatus getStatus() { return status; }
    public void setStatus(FinancingLineStatus status) { this.status = status; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
