package fr.ploucs.cooperation.people.adapter.in.web;

import fr.ploucs.cooperation.people.domain.ContactRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class ContactForm {

    @NotBlank(message = "{contact.name.required}")
    @Size(max = 200, message = "{member.representative.name.size}")
    private String name;

    @NotNull(message = "{contact.role.required}")
    private ContactRole role = ContactRole.STAFF;

    @Email(message = "{member.representative.email.invalid}")
    @Size(max = 254, message = "{member.representative.email.invalid}")
    private String email;

    @Pattern(regexp = "^$|^\\+?[0-9 .()-]{6,20}$", message = "{member.representative.phone.invalid}")
    private String phone;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ContactRole getRole() { return role; }
    public void setRole(ContactRole role) { this.role = role; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
