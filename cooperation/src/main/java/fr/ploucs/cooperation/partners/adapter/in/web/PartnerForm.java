package fr.ploucs.cooperation.partners.adapter.in.web;

import fr.ploucs.cooperation.partners.domain.PartnerKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The partner form as typed, kept whole when it is refused. {@code commune} and {@code epci} hold what the pickers
 * show (« Morcenx-la-Nouvelle (40110) », « CC du Pays Morcenais (244000691) »): the controller reads them back
 * against the territory reference.
 */
public class PartnerForm {

    @NotNull(message = "{partner.kind.required}")
    private PartnerKind kind;

    @Size(max = 200, message = "{partner.name.size}")
    private String name;

    @Size(max = 200, message = "{territory.commune.size}")
    private String commune;

    @Size(max = 250, message = "{territory.epci.size}")
    private String epci;

    @Size(max = 500, message = "{partner.address.size}")
    private String address;

    @Size(max = 300, message = "{partner.website.size}")
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{partner.website.invalid}")
    private String website;

    @Size(max = 4000, message = "{partner.notes.size}")
    private String notes;

    private Long version;

    public PartnerKind getKind() { return kind; }
    public void setKind(PartnerKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune; }
    public String getEpci() { return epci; }
    public void setEpci(String epci) { this.epci = epci; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
