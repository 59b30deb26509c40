package fr.ploucs.accompaniment.applications.adapter.in.web;

import jakarta.validation.constraints.NotNull;

/** The jury's decision: admit or decline, always with its reasons (required by the domain). */
public class DecisionForm {

    enum Outcome { ADMIT, DECLINE }

    @NotNull(message = "{application.outcome.required}")
    private Outcome outcome;
    private String reasons;
    private Long version;

    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome outcome) { this.outcome = outcome; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
