package fr.ploucs.awareness.cjs.adapter.in.web;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** A meeting of the cooperative. */
public class MeetingForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private String subject;

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }
}
