package fr.ploucs.cooperation.funding.domain;

import fr.ploucs.sharedkernel.Money;

import java.util.Objects;

/**
 * What an application asks: from which funder (and in answer to which call, if any), for which action of which
 * pillar, and how much.
 */
public record ApplicationDetails(FunderId funderId, CallForProjectsId callId, String title, FundedPillar pillar,
                                 Money amountAsked) {

    public ApplicationDetails {
        Objects.requireNonNull(funderId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(pillar);
        if (title.isBlank()) {
            throw new IllegalArgumentException("an application needs a title");
        }
        if (amountAsked == null || !amountAsked.isPositive()) {
            throw new FundingRuleViolation("amountAsked", "funding.rule.amount-positive");
        }
    }
}
