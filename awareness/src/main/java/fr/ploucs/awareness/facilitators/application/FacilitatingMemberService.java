package fr.ploucs.awareness.facilitators.application;

import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersQuery;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import fr.ploucs.awareness.facilitators.application.port.in.MemberDetailsChangedCommand;
import fr.ploucs.awareness.facilitators.application.port.in.MemberJoinedCommand;
import fr.ploucs.awareness.facilitators.application.port.in.MemberLeftCommand;
import fr.ploucs.awareness.facilitators.application.port.in.MemberRejoinedCommand;
import fr.ploucs.awareness.facilitators.application.port.in.TrackMemberUseCase;
import fr.ploucs.awareness.facilitators.application.port.out.FacilitatingMemberRepository;
import fr.ploucs.awareness.facilitators.domain.FacilitatingMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Service
@Transactional
class FacilitatingMemberService implements TrackMemberUseCase, ListFacilitatingMembersUseCase {

    private final FacilitatingMemberRepository members;

    FacilitatingMemberService(FacilitatingMemberRepository members) {
        this.members = members;
    }

    @Override
    public void memberJoined(MemberJoinedCommand command) {
        members.lock(command.memberId());
        members.findById(command.memberId())
                .map(known -> known.applyJoined(command.memberName(), command.commune(), command.joinedOn(),
                        command.occurredAt()))
                .orElseGet(() -> Optional.of(FacilitatingMember.joined(command.memberId(), command.memberName(),
                        command.commune(), command.joinedOn(), command.occurredAt())))
                .ifPresent(members::save);
    }

    @Override
    public void memberLeft(MemberLeftCommand command) {
        members.lock(command.memberId());
        members.findById(command.memberId())
                .map(known -> known.applyLeft(command.memberName(), command.leftOn(), command.reason(),
                        command.occurredAt()))
                .orElseGet(() -> Optional.of(FacilitatingMember.left(command.memberId(), command.memberName(),
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
                .orElseGet(() -> Optional.of(FacilitatingMember.joined(command.memberId(), command.memberName(),
                        command.commune(), command.rejoinedOn(), command.occurredAt())))
                .ifPresent(members::save);
    }

    @Override
    public void memberDetailsChanged(MemberDetailsChangedCommand command) {
        members.lock(command.memberId());
        members.findById(command.memberId())
                .map(known -> known.applyDetails(command.memberName(), command.commune(), command.occurredAt()))
                // The joining may still be on its way: keep the details, the joining will find them.
                .orElseGet(() -> Optional.of(FacilitatingMember.detailsOnly(command.memberId(), command.memberName(),
                        command.commune(), command.occurredAt())))
                .ifPresent(members::save);
    }

    @Override
    @Transactional(readOnly = true)
    public List<FacilitatingMemberSummary> list(ListFacilitatingMembersQuery query) {
        // Coordinators read names in French: "Élan" belongs with the E's, not after "Z".
        Collator french = Collator.getInstance(Locale.FRENCH);
        return members.findAll().stream()
                .filter(FacilitatingMember::listed)
                .filter(member -> query.includeFormerMembers() || member.active())
                .sorted(Comparator.comparing(FacilitatingMember::active).reversed()
                        .thenComparing(FacilitatingMember::name, french))
                .map(FacilitatingMemberService::summaryOf)
                .toList();
    }

    private static FacilitatingMemberSummary summaryOf(FacilitatingMember member) {
        return new FacilitatingMemberSummary(member.memberId(), member.name(), member.commune(), member.active(),
                member.activeSince(), member.leftOn(), member.leavingReason());
    }
}
