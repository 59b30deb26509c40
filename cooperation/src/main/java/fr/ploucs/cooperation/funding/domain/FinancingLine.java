package fr.ploucs.cooperation.funding.domain;

import fr.ploucs.sharedkernel.Money;

import java.util.Objects;

/**
 * A line of an action's financing plan (« plan de financement »): a funder's share, or the network's own funds
 * when {@code funderId} is {@code null}, expected or confirmed.
 */
public record FinancingLine(FunderId funderId, Money amount, FinancingLineStatus status) {

    public FinancingLine {
        Objects.requireNonNull(status);
        if (amount == null || !amount.isPositive()) {
            throw new FundingRuleViolation("amount", "funding.rule.amount-positive");
        }
    }

    public boolean ownFunds() {
        return funderId == null;
    }
}
