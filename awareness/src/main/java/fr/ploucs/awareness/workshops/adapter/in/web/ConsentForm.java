package fr.ploucs.awareness.workshops.adapter.in.web;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The author's later consent to be contacted: how, and when they agreed (the domain's field names). */
public class ConsentForm {

    @Size(max = 200, message = "{awareness.workshop.text.too-long}")
    private String authorContact;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate consentGivenOn;

    public String getAuthorContact() { return authorContact; }
    public void setAuthorContact(String authorContact) { this.authorContact = authorContact; }
    public LocalDate getConsentGivenOn() { return consentGivenOn; }
    public void setConsentGivenOn(LocalDate consentGivenOn) { this.consentGivenOn = consentGivenOn; }
}
