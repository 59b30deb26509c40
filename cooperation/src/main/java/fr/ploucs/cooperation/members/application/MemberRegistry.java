package fr.ploucs.cooperation.members.application;

import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.FindMembersQuery;
import fr.ploucs.cooperation.members.application.port.in.MemberNotFound;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.SiretAlreadyRegistered;
import fr.ploucs.cooperation.members.application.port.out.MemberRepository;
import fr.ploucs.cooperation.people.application.port.in.ManagePeopleUseCase;
import fr.ploucs.cooperation.people.application.port.in.ManagePeopleUseCase.FormerRepresentative;
import fr.ploucs.sharedkernel.events.MemberDetailsChanged;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberChangedMeanwhile;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipRuleViolation;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.MemberJoined;
import fr.ploucs.sharedkernel.events.MemberLeft;
import fr.ploucs.sharedkernel.events.MemberRejoined;
import fr.ploucs.sharedkernel.events.RepresentativeChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The member registry. Events are published here, inside the transaction that stores the change, so that the
 * registry records them atomically with it and delivers them to the other pillars after commit.
 */
@Service
@Transactional
class MemberRegistry implements RegisterMemberUseCase, ChangeMemberUseCase, FindMembersQuery {

    private final MemberRepository members;
    private final ManagePeopleUseCase people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberRegistry(MemberRepository members, ManagePeopleUseCase people, ApplicationEventPublisher events,
                   Clock clock) {
        this.members = members;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public MemberId register(RegisterMember command) {
        MemberId id = MemberId.newId();
        requireSiretFree(command.details(), id);
        if (command.candidate()) {
            members.save(Member.registerCandidate(id, command.details(), command.since()));
        } else {
            publishJoined(members.save(Member.register(id, command.details(), command.since())));
        }
        return id;
    }

    @Override
    public void admit(Admit command) {
        Member member = current(command.memberId(), command.expectedVersion());
        member.admit(command.admittedOn(), command.comment());
        publishJoined(members.save(member));
    }

    private void publishJoined(Member member) {
        MemberDetails details = member.getDetails();
        events.publishEvent(new MemberJoined(UUID.randomUUID(), clock.instant(), member.getId(), details.name(),
                details.commune(), member.joinedOn()));
    }

    @Override
    public void updateDetails(UpdateDetails command) {
        Member member = current(command.memberId(), command.expectedVersion());
        requireSiretFree(command.details(), command.memberId());
        MemberDetails before = member.getDetails();
        Representative asked = command.details().representative();
        if (!before.representative().name().equals(asked.name())
                || !before.representative().email().equalsIgnoreCase(asked.email())) {
            // A new representative goes through the handover, which lists what the outgoing one held.
            throw new MembershipRuleViolation("representativeName", "member.representative.through-handover");
        }
        member.updateDetails(command.details());
        Member stored = members.save(member);
        publishDetailsChanged(before, stored);
    }

    /**
     * Tells the other pillars when what they show of a member changed: its name, commune or representative. Only for a
     * structure they know, one that has joined at least once; a candidate's details reach them with its MemberJoined.
     */
    private void publishDetailsChanged(MemberDetails before, Member member) {
        MemberDetails after = member.getDetails();
        boolean changed = !before.name().equals(after.name()) || !before.commune().equals(after.commune())
                || !before.representative().name().equals(after.representative().name())
                || !before.representative().email().equalsIgnoreCase(after.representative().email());
        if (changed && member.joinedOn() != null) {
            events.publishEvent(new MemberDetailsChanged(UUID.randomUUID(), clock.instant(), member.getId(),
                    after.name(), after.commune(), after.representative().name(), after.representative().email()));
        }
    }

    @Override
    public void changeRepresentative(ChangeRepresentative command) {
        Member member = current(command.memberId(), command.expectedVersion());
        MemberDetails details = member.getDetails();
        Representative outgoing = details.representative();
        if (outgoing.email().equalsIgnoreCase(command.incoming().email())) {
            throw new MembershipRuleViolation("representative.rule.same-person");
        }
        LocalDate memberSince = member.joinedOn() != null ? member.joinedOn() : member.getHistory().get(0).on();
        people.recordFormerRepresentative(new FormerRepresentative(member.getId(), outgoing.name(), outgoing.email(),
                outgoing.phone(), memberSince, command.on(), command.reason()));
        member.updateDetails(new MemberDetails(details.name(), details.legalForm(), details.siret(), details.commune(),
                command.incoming()));
        Member stored = members.save(member);
        events.publishEvent(new RepresentativeChanged(UUID.randomUUID(), clock.instant(), member.getId(),
                details.name(), outgoing.name(), outgoing.email(), command.incoming().name(),
                command.incoming().email(), command.on()));
        publishDetailsChanged(details, stored);
    }

    @Override
    public void recordDeparture(RecordDeparture command) {
        Member member = current(command.memberId(), command.expectedVersion());
        boolean wasMember = member.isCurrentMember();
        member.leave(command.leftOn(), command.reason());
        Member stored = members.save(member);
        // A withdrawn candidacy is no news for the pillars: they never counted the structure in.
        if (wasMember) {
            events.publishEvent(new MemberLeft(UUID.randomUUID(), clock.instant(), stored.getId(),
                    stored.getDetails().name(), command.leftOn(), stored.lastChange().reason()));
        }
    }

    @Override
    public void recordReturn(RecordReturn command) {
        Member member = current(command.memberId(), command.expectedVersion());
        member.rejoin(command.rejoinedOn(), command.reason());
        Member stored = members.save(member);
        events.publishEvent(new MemberRejoined(UUID.randomUUID(), clock.instant(), stored.getId(),
                stored.getDetails().name(), stored.getDetails().commune(), command.rejoinedOn()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Member> byId(MemberId id) {
        return members.findById(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Member> search(String nameContains, MembershipStatus status) {
        return members.search(nameContains == null ? "" : nameContains.strip(), status);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Member> currentMembers() {
        return members.search("", null).stream().filter(Member::isCurrentMember).toList();
    }

    private Member current(MemberId id, Long expectedVersion) {
        Member member = members.findById(id).orElseThrow(() -> new MemberNotFound(id));
        if (member.changedSince(expectedVersion)) {
            throw new MemberChangedMeanwhile(id);
        }
        return member;
    }

    private void requireSiretFree(MemberDetails details, MemberId id) {
        if (details.siret() != null && members.siretTakenByAnother(details.siret(), id)) {
            throw new SiretAlreadyRegistered();
        }
    }
}
