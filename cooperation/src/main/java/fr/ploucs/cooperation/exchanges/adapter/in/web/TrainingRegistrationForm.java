package fr.ploucs.cooperation.exchanges.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A person of a member structure registering for a training session. */
public class TrainingRegistrationForm {

    @NotBlank(message = "{training.registration.personName.required}")
    @Size(max = 200, message = "{training.registration.personName.size}")
    private String personName;

    @NotNull(message = "{training.registration.member.required}")
    private UUID memberId;

    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName; }
    public UUID getMemberId() { return memberId; }
    public void setMemberId(UUID memberId) { this.memberId = memberId; }
}
