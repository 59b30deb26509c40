package fr.ploucs.cooperation.members.adapter.in.web;

import fr.ploucs.webparts.PlausibleDate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The incoming representative, the date of the handover and why. */
public class RepresentativeChangeForm {

    @NotBlank(message = "{member.representative.name.required}")
    @Size(max = 200, message = "{member.representative.name.size}")
    private String name;

    @NotBlank(message = "{member.representative.email.required}")
    @Email(message = "{member.representative.email.invalid}")
    @Size(max = 254, message = "{member.representative.email.invalid}")
    private String email;

    @Pattern(regexp = "^$|^\\+?[0-9 .()-]{6,20}$", message = "{member.representative.phone.invalid}")
    private String phone;

    @NotNull(message = "{membership.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(notBeforeYear = 1901, pastYears = PlausibleDate.ANY, futureYears = 0, tooLate = "{membership.date.future}")
    private LocalDate date;

    @Size(max = 1000, message = "{membership.reason.size}")
    private String reason;

    private Long version;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
