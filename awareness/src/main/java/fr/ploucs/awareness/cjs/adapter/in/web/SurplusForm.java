package fr.ploucs.awareness.cjs.adapter.in.web;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.webparts.MoneyInput;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The surplus shared out at the end: the amount, then one share per cooperant. */
public class SurplusForm {

    @MoneyInput
    private Money surplus;
    private List<Share> shares = new ArrayList<>();

    public Money getSurplus() {
        return surplus;
    }

    public void setSurplus(Money surplus) {
        this.surplus = surplus;
    }

    public List<Share> getShares() {
        return shares;
    }

    public void setShares(List<Share> shares) {
        this.shares = shares;
    }

    /** A cooperant's share; the name is only shown. */
    public static class Share {

        private UUID cooperantId;
        private String name;
        @MoneyInput
        private Money amount;

        public Share() {
        }

        Share(UUID cooperantId, String name, Money amount) {
            this.cooperantId = cooperantId;
            this.name = name;
            this.amount = amount;
        }

        public UUID getCooperantId() {
            return cooperantId;
        }

        public void setCooperantId(UUID cooperantId) {
            this.cooperantId = cooperantId;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Money getAmount() {
            return amount;
        }

        public void setAmount(Money amount) {
            this.amount = amount;
        }
    }
}
