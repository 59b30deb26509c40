package fr.ploucs.cooperation.partners.adapter.in.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact to add to a partner, as typed. */
public class PartnerContactForm {

    @NotBlank(message = "{partner-contact.name.required}")
    @Size(max = 200, message = "{partner-contact.name.size}")
    private String name;

    @Size(max = 200, message = "{partner-contact.role.size}")
    private String role;

    @Email(message = "{partner-contact.email.invalid}")
    @Size(max = 254, message = "{partner-contact.email.invalid}")
    private String email;

    @Pattern(regexp = "^$|^\\+?[0-9 .()-]{6,20}$", message = "{partner-contact.phone.invalid}")
    private String phone;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
