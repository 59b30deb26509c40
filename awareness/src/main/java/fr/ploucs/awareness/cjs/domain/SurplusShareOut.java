package fr.ploucs.awareness.cjs.domain;

import fr.ploucs.sharedkernel.Money;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The surplus (« excédent ») the cooperative shares out among its cooperants at the end of the summer: at most the
 * revenue, each share zero or more, and the shares together never more than the surplus.
 */
public record SurplusShareOut(EditionId editionId, Money surplus, List<Share> shares) {

    public SurplusShareOut {
        Objects.requireNonNull(editionId);
        if (surplus == null) {
            throw new CjsRuleViolation("surplus", "awareness.cjs.surplus.required");
        }
        if (surplus.isNegative()) {
            throw new CjsRuleViolation("surplus", "awareness.cjs.surplus.negative");
        }
        shares = List.copyOf(shares == null ? List.of() : shares);
        Set<CooperantId> seen = new HashSet<>();
        for (Share share : shares) {
            if (!seen.add(share.cooperantId())) {
                throw new CjsRuleViolation("shares", "awareness.cjs.surplus.share.twice");
            }
        }
        Money total = total(shares);
        if (total.isGreaterThan(surplus)) {
            throw new CjsRuleViolation("shares", "awareness.cjs.surplus.shares.exceed", total.amount(),
                    surplus.amount());
        }
    }

    /** @throws CjsRuleViolation on {@code surplus} when above the edition's revenue */
    public static SurplusShareOut of(EditionId editionId, Money surplus, List<Share> shares, Money revenue) {
        if (surplus != null && surplus.isGreaterThan(revenue)) {
            throw new CjsRuleViolation("surplus", "awareness.cjs.surplus.above-revenue",
                    surplus.amount(), revenue.amount());
        }
        return new SurplusShareOut(editionId, surplus, shares);
    }

    public Money shared() {
        return total(shares);
    }

    /** What is left once the shares are paid. */
    public Money unshared() {
        return surplus.minus(shared());
    }

    private static Money total(List<Share> shares) {
        return Money.sum(shares.stream().map(Share::amount));
    }

    /** A cooperant's share, zero or more. */
    public record Share(CooperantId cooperantId, Money amount) {

        public Share {
            Objects.requireNonNull(cooperantId);
            if (amount == null) {
                amount = Money.ZERO;
            }
            if (amount.isNegative()) {
                throw new CjsRuleViolation("shares", "awareness.cjs.surplus.share.negative");
            }
        }
    }
}
