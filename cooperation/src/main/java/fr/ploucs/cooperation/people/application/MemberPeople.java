package fr.ploucs.cooperation.people.application;

import fr.ploucs.cooperation.people.application.port.in.ManagePeopleUseCase;
import fr.ploucs.cooperation.people.application.port.in.PeopleQuery;
import fr.ploucs.cooperation.people.application.port.in.TrackResponsibilitiesUseCase;
import fr.ploucs.cooperation.shared.application.port.in.CurrentRepresentatives;
import fr.ploucs.cooperation.people.application.port.out.MemberTeamRepository;
import fr.ploucs.cooperation.people.application.port.out.ResponsibilityRegister;
import fr.ploucs.cooperation.people.domain.HeldResponsibility;
import fr.ploucs.cooperation.people.domain.MemberTeam;
import fr.ploucs.cooperation.people.domain.RepresentativeTerm;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The people of member structures, and what they hold in the pillars. */
@Service
@Transactional
class MemberPeople implements ManagePeopleUseCase, PeopleQuery, TrackResponsibilitiesUseCase {

    private final MemberTeamRepository teams;
    private final ResponsibilityRegister responsibilities;
    private final CurrentRepresentatives representatives;

    MemberPeople(MemberTeamRepository teams, ResponsibilityRegister responsibilities,
                 CurrentRepresentatives representatives) {
        this.teams = teams;
        this.responsibilities = responsibilities;
        this.representatives = representatives;
    }

    @Override
    public void addContact(AddContact command) {
        MemberTeam team = teamOf(command.memberId());
        team.addContact(command.name(), command.role(), command.email(), command.phone());
        teams.save(team);
    }

    @Override
    public void removeContact(MemberId memberId, UUID contactId) {
        MemberTeam team = teamOf(memberId);
        team.removeContact(contactId);
        teams.save(team);
    }

    @Override
    public void recordFormerRepresentative(FormerRepresentative command) {
        MemberTeam team = teamOf(command.memberId());
        team.recordFormerRepresentative(command.name(), command.email(), command.phone(), command.memberSince(),
                command.until(), command.reason());
        teams.save(team);
    }

    @Override
    @Transactional(readOnly = true)
    public People peopleOf(MemberId memberId) {
        MemberTeam team = teams.findByMember(memberId).orElseGet(() -> MemberTeam.empty(memberId));
        Set<String> formerEmails = team.getFormerRepresentatives().stream()
                .map(term -> term.email().toLowerCase())
                .collect(Collectors.toCollection(HashSet::new));
        // A former representative may have become the current one again: they keep what they hold.
        representatives.representativeEmailOf(memberId).ifPresent(email -> formerEmails.remove(email.toLowerCase()));
        List<HeldResponsibility> handover = responsibilities.openOf(memberId).stream()
                .filter(held -> formerEmails.contains(held.personEmail().toLowerCase()))
                .toList();
        List<RepresentativeTerm> latestFirst = new ArrayList<>(team.getFormerRepresentatives());
        Collections.reverse(latestFirst);
        return new People(team.getContacts(), latestFirst, handover);
    }

    @Override
    @Transactional(readOnly = true)
    public List<HeldResponsibility> responsibilitiesHeldBy(MemberId memberId, String personEmail) {
        return responsibilities.openOf(memberId).stream().filter(held -> held.heldBy(personEmail)).toList();
    }

    @Override
    public void assigned(HeldResponsibility responsibility) {
        responsibilities.addUnlessPresent(responsibility);
    }

    @Override
    public void ended(UUID responsibilityId) {
        responsibilities.markEnded(responsibilityId);
    }

    private MemberTeam teamOf(MemberId memberId) {
        return teams.findByMember(memberId).orElseGet(() -> MemberTeam.empty(memberId));
    }
}
