package fr.ploucs.awareness.workshops.adapter.in.web;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * A workshop as typed. The commune is what the territory picker gave (« Morcenx-la-Nouvelle (40110) »), read back by
 * the controller; the other rules (required, date range, participants range) are the domain's, shown next to their
 * field under the same names.
 */
public class WorkshopForm {

    @Size(max = 200, message = "{awareness.workshop.text.too-long}")
    private String theme;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @Size(max = 200, message = "{territory.commune.size}")
    private String communeCode;

    private Integer participants;

    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getCommuneCode() { return communeCode; }
    public void setCommuneCode(String communeCode) { this.communeCode = communeCode; }
    public Integer getParticipants() { return participants; }
    public void setParticipants(Integer participants) { this.participants = participants; }
}
