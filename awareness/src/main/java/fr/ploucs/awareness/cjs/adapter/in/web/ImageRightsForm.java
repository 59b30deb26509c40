package fr.ploucs.awareness.cjs.adapter.in.web;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The image-rights choice and until when it holds. */
public class ImageRightsForm {

    private Boolean allowed;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate chosenOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    public Boolean getAllowed() {
        return allowed;
    }

    public void setAllowed(Boolean allowed) {
        this.allowed = allowed;
    }

    public LocalDate getChosenOn() {
        return chosenOn;
    }

    public void setChosenOn(LocalDate chosenOn) {
        this.chosenOn = chosenOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
