package fr.ploucs.accompaniment.programmes.adapter.in.web;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.List;

/** A cohort's call for applications as typed: its days and its criteria, one per line. */
public class CallForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate callOpensOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate callClosesOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate juryOn;

    private String criteria;

    private Long version;

    List<String> criteriaLines() {
        return ProgrammeForm.lines(criteria);
    }

    public LocalDate getCallOpensOn() { return callOpensOn; }
    public void setCallOpensOn(LocalDate callOpensOn) { this.callOpensOn = callOpensOn; }
    public LocalDate getCallClosesOn() { return callClosesOn; }
    public void setCallClosesOn(LocalDate callClosesOn) { this.callClosesOn = callClosesOn; }
    public LocalDate getJuryOn() { return juryOn; }
    public void setJuryOn(LocalDate juryOn) { this.juryOn = juryOn; }
    public String getCriteria() { return criteria; }
    public void setCriteria(String criteria) { this.criteria = criteria; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
