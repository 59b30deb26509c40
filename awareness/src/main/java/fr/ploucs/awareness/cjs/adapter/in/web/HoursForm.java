package fr.ploucs.awareness.cjs.adapter.in.web;


import java.math.BigDecimal;
import java.util.UUID;

/** Hours a cooperant worked on a sale. */
public class HoursForm {

    private UUID saleId;
    private UUID cooperantId;
    private BigDecimal hours;

    public UUID getSaleId() {
        return saleId;
    }

    public void setSaleId(UUID saleId) {
        this.saleId = saleId;
    }

    public UUID getCooperantId() {
        return cooperantId;
    }

    public void setCooperantId(UUID cooperantId) {
        this.cooperantId = cooperantId;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }
}
