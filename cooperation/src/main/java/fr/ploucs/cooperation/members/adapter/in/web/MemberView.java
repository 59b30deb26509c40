package fr.ploucs.cooperation.members.adapter.in.web;

import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MembershipChange;
import fr.ploucs.cooperation.members.domain.MembershipStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A member as the pages show it. */
public record MemberView(UUID id, String name, LegalForm legalForm, String siret, String commune,
                         String representativeName, String representativeEmail, String representativePhone,
                         MembershipStatus status, LocalDate joinedOn, List<MembershipChange> history, Long version) {
}
