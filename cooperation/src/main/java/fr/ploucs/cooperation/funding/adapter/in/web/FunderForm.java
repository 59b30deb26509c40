package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.cooperation.funding.domain.FunderKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A funder as typed, kept whole when refused. */
public class FunderForm {

    @NotBlank(message = "{funding.funder.name.required}")
    @Size(max = 200, message = "{funding.funder.name.size}")
    private String name;

    @NotNull(message = "{funding.funder.kind.required}")
    private FunderKind kind;

    @Size(max = 200, message = "{funding.funder.contactName.size}")
    private String contactName;

    @Email(message = "{funding.funder.contactEmail.invalid}")
    @Size(max = 254, message = "{funding.funder.contactEmail.invalid}")
    private String contactEmail;

    @Size(max = 2000, message = "{funding.funder.notes.size}")
    private String notes;

    private Long version;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public FunderKind getKind() { return kind; }
    public void setKind(FunderKind kind) { this.kind = kind; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
