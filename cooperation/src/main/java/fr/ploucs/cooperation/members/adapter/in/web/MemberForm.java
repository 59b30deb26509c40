package fr.ploucs.cooperation.members.adapter.in.web;

import fr.ploucs.webparts.PlausibleDate;
import fr.ploucs.cooperation.shared.adapter.in.web.ValidSiret;

import fr.ploucs.cooperation.members.domain.LegalForm;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The member form as typed, kept whole when it is refused so that nothing typed is lost. */
public class MemberForm {

    @NotBlank(message = "{member.name.required}")
    @Size(max = 200, message = "{member.name.size}")
    private String name;

    @NotNull(message = "{member.legalForm.required}")
    private LegalForm legalForm;

    @ValidSiret
    private String siret;

    @NotBlank(message = "{member.commune.required}")
    @Size(max = 120, message = "{member.commune.size}")
    private String commune;

    /** Only asked at registration; afterwards the membership history holds the dates. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(notBeforeYear = 1901, pastYears = PlausibleDate.ANY, futureYears = 0, message = "{member.joinedOn.too-early}", tooLate = "{member.joinedOn.future}")
    private LocalDate joinedOn;

    @NotBlank(message = "{member.representative.name.required}")
    @Size(max = 200, message = "{member.representative.name.size}")
    private String representativeName;

    @NotBlank(message = "{member.representative.email.required}")
    @Email(message = "{member.representative.email.invalid}")
    @Size(max = 254, message = "{member.representative.email.invalid}")
    private String representativeEmail;

    @Pattern(regexp = "^$|^\\+?[0-9 .()-]{6,20}$", message = "{member.representative.phone.invalid}")
    private String representativePhone;

    /** Only asked at registration: the structure applies to join rather than joins at once. */
    private boolean candidate;

    private Long version;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LegalForm getLegalForm() { return legalForm; }
    public void setLegalForm(LegalForm legalForm) { this.legalForm = legalForm; }
    public String getSiret() { return siret; }
    public void setSiret(String siret) { this.siret = siret; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }
    public String getRepresentativeName() { return representativeName; }
    public void setRepresentativeName(String representativeName) { this.representativeName = representativeName; }
    public String getRepresentativeEmail() { return representativeEmail; }
    public void setRepresentativeEmail(String representativeEmail) { this.representativeEmail = representativeEmail; }
    public String getRepresentativePhone() { return representativePhone; }
    public void setRepresentativePhone(String representativePhone) { this.representativePhone = representativePhone; }
    public boolean isCandidate() { return candidate; }
    public void setCandidate(boolean candidate) { this.candidate = candidate; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
