package fr.ploucs.awareness.workshops.adapter.in.web;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** An idea noted at a workshop, with its author's consent to be contacted when given there (its date). */
public class IdeaForm {

    @Size(max = 200, message = "{awareness.workshop.text.too-long}")
    private String title;

    @Size(max = 4000, message = "{awareness.workshop.text.too-long}")
    private String description;

    @Size(max = 200, message = "{awareness.workshop.text.too-long}")
    private String authorName;

    @Size(max = 200, message = "{awareness.workshop.text.too-long}")
    private String authorContact;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate consentGivenOn;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getAuthorName() { return authorName; }
    public void setAuthorName(String authorName) { this.authorName = authorName; }
    public String getAuthorContact() { return authorContact; }
    public void setAuthorContact(String authorContact) { this.authorContact = authorContact; }
    public LocalDate getConsentGivenOn() { return consentGivenOn; }
    public void setConsentGivenOn(LocalDate consentGivenOn) { this.consentGivenOn = consentGivenOn; }
}
