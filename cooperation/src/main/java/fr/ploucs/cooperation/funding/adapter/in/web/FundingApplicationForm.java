package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.webparts.MoneyInput;


import fr.ploucs.cooperation.funding.domain.FundedPillar;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** An application for funding as typed; the amount read by the web parts' Money formatter. */
public class FundingApplicationForm {

    @NotNull(message = "{funding.application.funder.required}")
    private UUID funderId;

    private UUID callId;

    @NotBlank(message = "{funding.application.title.required}")
    @Size(max = 200, message = "{funding.application.title.size}")
    private String title;

    @NotNull(message = "{funding.application.pillar.required}")
    private FundedPillar pillar;

    @NotNull(message = "{funding.application.amountAsked.required}")
    @MoneyInput
    private Money amountAsked;

    private Long version;

    public UUID getFunderId() { return funderId; }
    public void setFunderId(UUID funderId) { this.funderId = funderId; }
    public UUID getCallId() { return callId; }
    public void setCallId(UUID callId) { this.callId = callId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public FundedPillar getPillar() { return pillar; }
    public void setPillar(FundedPillar pillar) { this.pillar = pillar; }
    public Money getAmountAsked() { return amountAsked; }
    public void setAmountAsked(Money amountAsked) { this.amountAsked = amountAsked; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
