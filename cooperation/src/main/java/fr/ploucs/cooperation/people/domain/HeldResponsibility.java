package fr.ploucs.cooperation.people.domain;

import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;
import java.util.UUID;

/** Something a person of a member structure holds in a pillar, as that pillar reported it. */
public record HeldResponsibility(UUID responsibilityId, MemberId memberId, String personName, String personEmail,
                                 String pillar, String description, LocalDate since) {

    public boolean heldBy(String email) {
        return personEmail.equalsIgnoreCase(email);
    }
}
