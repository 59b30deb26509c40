package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.cooperation.shared.adapter.in.web.TypedAmount;

import fr.ploucs.cooperation.funding.domain.FinancingLineStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** A line of a financing plan as typed: a funder (none = the network's own funds), an amount, a status. */
public class FinancingLineForm {

    private UUID funderId;

    @NotBlank(message = "{funding.plan.amount.required}")
    @TypedAmount
    private String amount;

    @NotNull(message = "{funding.plan.status.required}")
    private FinancingLineStatus status;

    private Long version;

    public UUID getFunderId() { return funderId; }
    public void setFunderId(UUID funderId) { this.funderId = funderId; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public FinancingLineStatus getStatus() { return status; }
    public void setStatus(FinancingLineStatus status) { this.status = status; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
