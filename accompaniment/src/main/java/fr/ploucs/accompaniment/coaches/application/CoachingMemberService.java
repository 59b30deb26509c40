package fr.ploucs.accompaniment.coaches.application;

import fr.ploucs.accompaniment.coaches.application.port.in.CoachingMemberSummary;
import fr.ploucs.accompaniment.coaches.application.port.in.ListCoachingMembersQuery;
import fr.ploucs.accompaniment.coaches.application.port.in.ListCoachingMembersUseCase;
import fr.ploucs.accompaniment.coaches.application.port.in.MemberDetailsChangedCommand;
import fr.ploucs.accompaniment.coaches.application.port.in.MemberJoinedCommand;
import fr.ploucs.accompaniment.coaches.application.port.in.MemberLeftCommand;
import fr.ploucs.accompaniment.coaches.application.port.in.MemberRejoinedCommand;
import fr.ploucs.accompaniment.coaches.application.port.in.TrackMemberUseCase;
import fr.ploucs.accompaniment.coaches.application.port.out.CoachingMemberRepository;
import fr.ploucs.accompaniment.coaches.domain.CoachingMember;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Service
@Transactional
class CoachingMemberService implements TrackMemberUseCase, ListCoachingMembersUseCase {

    private final CoachingMemberRepository members;

    CoachingMemberService(CoachingMemberRepository members) {
        this.members = members;
    }

    @Override
    public void memberJoined(MemberJoinedCommand command) {
        members.lock(command.memberId());
        members.findById(command.memberId())
                .map(known -> known.applyJoined(command.memberName(), command.commune(), command.joinedOn(),
                        command.occurredAt()))
                .orElseGet(() -> Optional.of(CoachingMember.joined(command.memberId(), command.memberName(),
                        command.commune(), command.joinedOn(), command.occurredAt())))
                .ifPresent(members::save);
    }

    @Override
    public void memberLeft(MemberLeftCommand command) {
        members.lock(command.memberId());
        members.findById(command.memberId())
                .map(known -> known.applyLeft(command.memberName(), command.leftOn(), command.reason(),
                        command.occurredAt()))
                .orElseGet(() -> Optional.of(CoachingMember.left(command.memberId(), command.memberName(),
                        command.leftOn(), command.reason(), command.occurredAt())))
                .ifPresent(members::save);
    }

    @Override
    public void memberRejoined(MemberRejoinedCommand command) {
        members.lock(command.memberId());
        members.findById(command.memberId())
                .map(known -> known.applyRejoined(command.memberName(), command.commune(), command.rejoinedOn(),
                        command.occurredAt()))
                // Joined may still be on its way: the rejoining alone is enough to know the member is active.
                .orElseGet(() -> Optional.of(CoachingMember.joined(command.memberId(), command.memberName(),
                        command.commune(), command.rejoinedOn(), command.occurredAt())))
                .ifPresent(members::save);
    }

    @Override
    public void memberDetailsChanged(MemberDetailsChangedCommand command) {
        members.lock(command.memberId());
        members.findById(command.memberId())
                .map(known -> known.applyDetails(command.memberName(), command.commune(), command.occurredAt()))
                // The joining may still be on its way: keep the details, the joining will find them.
                .orElseGet(() -> Optional.of(CoachingMember.detailsOnly(command.memberId(), command.memberName(),
                        command.commune(), command.occurredAt())))
                .ifPresent(members::save);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CoachingMemberSummary> list(ListCoachingMembersQuery query) {
        // Coordinators read names in French: "Élan" belongs with the E's, not after "Z".
        Collator french = Collator.getInstance(Locale.FRENCH);
        return members.findAll().stream()
                .filter(CoachingMember::listed)
                .filter(member -> query.includeFormerMembers() || member.active())
                .sorted(Comparator.comparing(CoachingMember::active).reversed()
                        .thenComparing(CoachingMember::name, french))
                .map(CoachingMemberService::summaryOf)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CoachingMemberSummary> activeMember(MemberId memberId) {
        return members.findById(memberId)
                .filter(CoachingMember::listed)
                .filter(CoachingMember::active)
                .map(CoachingMemberService::summaryOf);
    }

    private static CoachingMemberSummary summaryOf(CoachingMember member) {
        return new CoachingMemberSummary(member.memberId(), member.name(), member.commune(), member.active(),
                member.activeSince(), member.leftOn(), member.leavingReason());
    }
}
