package fr.ploucs.awareness.cjs.adapter.in.web;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.webparts.MoneyInput;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** A service sold. */
public class SaleForm {

    private String client;
    private String description;
    @MoneyInput
    private Money amount;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate soldOn;

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Money getAmount() {
        return amount;
    }

    public void setAmount(Money amount) {
        this.amount = amount;
    }

    public LocalDate getSoldOn() {
        return soldOn;
    }

    public void setSoldOn(LocalDate soldOn) {
        this.soldOn = soldOn;
    }
}
