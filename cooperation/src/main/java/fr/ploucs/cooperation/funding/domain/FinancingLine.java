package fr.ploucs.cooperation.funding.domain;

import fr.ploucs.cooperation.shared.domain.Euros;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A line of an action's financing plan (« plan de financement »): a funder's share, or the network's own funds
 * when {@code funderId} is {@code null}, expected or confirmed.
 */
public record FinancingLine(FunderId funderId, BigDecimal amount, FinancingLineStatus status) {

    public FinancingLine {
        Objects.requireNonNull(status);
        amount = Euros.positive(amount);
    }

    public boolean ownFunds() {
        return funderId == null;
    }
}
