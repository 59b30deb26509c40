package fr.ploucs.awareness.cjs.adapter.in.web;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** An edition as typed: its territory read back against the reference by the controller. */
public class EditionForm {

    private String name;
    private String communeCode;
    private String epciCode;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public String getEpciCode() {
        return epciCode;
    }

    public void setEpciCode(String epciCode) {
        this.epciCode = epciCode;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
