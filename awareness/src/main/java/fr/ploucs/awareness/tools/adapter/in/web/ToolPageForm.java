package fr.ploucs.awareness.tools.adapter.in.web;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The forms of the tools pages, each bound under its own name: a tool ({@code name}, {@code description}), a copy
 * ({@code label}), a loan ({@code copyId}, {@code memberId}, the person, {@code lentOn}), a return ({@code copyId},
 * {@code returnedOn}).
 */
public class ToolPageForm {

    private String name;
    private String description;
    private String label;
    private String copyId;
    private String memberId;
    private String personName;
    private String personEmail;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate lentOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate returnedOn;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getCopyId() { return copyId; }
    public void setCopyId(String copyId) { this.copyId = copyId; }
    public String getMemberId() { return memberId; }
    public void setMemberId(String memberId) { this.memberId = memberId; }
    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName; }
    public String getPersonEmail() { return personEmail; }
    public void setPersonEmail(String personEmail) { this.personEmail = personEmail; }
    public LocalDate getLentOn() { return lentOn; }
    public void setLentOn(LocalDate lentOn) { this.lentOn = lentOn; }
    public LocalDate getReturnedOn() { return returnedOn; }
    public void setReturnedOn(LocalDate returnedOn) { this.returnedOn = returnedOn; }
}
