package fr.ploucs.cooperation.engagement.application;

import fr.ploucs.cooperation.payments.application.port.in.ChargeCoachingUseCase;
import fr.ploucs.cooperation.payments.application.port.in.ChargeCoachingUseCase.ChargeCoaching;

import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase;
import fr.ploucs.cooperation.engagement.application.port.out.EngagementLedger;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import fr.ploucs.cooperation.engagement.domain.CoachingSessionRevision;
import fr.ploucs.cooperation.engagement.domain.EngagementEntry;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.cooperation.engagement.domain.YearContribution;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The engagement ledger: hours members give the network, and who has gone quiet. */
@Service
@Transactional
class EngagementRecords implements RecordEngagementUseCase, EngagementQuery {

    private final EngagementLedger ledger;
    private final ChargeCoachingUseCase payments;
    private final MemberDirectoryQuery members;
    private final Clock clock;
    private final int reengageAfterMonths;

    EngagementRecords(EngagementLedger ledger, ChargeCoachingUseCase payments, MemberDirectoryQuery members, Clock clock,
                      @Value("${ploucs.cooperation.reengage-after-months:6}") int reengageAfterMonths) {
        this.ledger = ledger;
        this.payments = payments;
        this.members = members;
        this.clock = clock;
        this.reengageAfterMonths = reengageAfterMonths;
    }

    @Override
    public boolean credit(CreditHours command) {
        EngagementEntry entry = new EngagementEntry(UUID.randomUUID(), command.memberId(), command.source(),
                command.sourceReference(), command.on(), command.hours(), command.description());
        boolean credited = ledger.addUnlessPresent(entry);
        // Charged only when newly credited: a replayed session is neither credited nor paid twice.
        if (credited && entry.source() == EngagementSource.COACHING_SESSION) {
            payments.charge(new ChargeCoaching(entry.id(), entry.memberId(), entry.on(), entry.description(),
                    entry.hours()));
        }
        return credited;
    }

    @Override
    public boolean setCoachingSession(CoachingSessionState command) {
        CoachingSessionRevision state = new CoachingSessionRevision(command.sessionId(), command.revision(),
                command.memberId(), command.on(), command.hours(), command.deleted(), command.description());
        if (!ledger.keepIfNewer(state)) {
            return false;
        }
        List<EngagementEntry> current = ledger.entriesFrom(EngagementSource.COACHING_SESSION,
                state.sourceReference());
        if (current.size() == 1 && state.isSaidBy(current.get(0))) {
            // Already so, e.g. a session credited before revisions were kept, its Held event delivered again.
            return true;
        }
        for (EngagementEntry entry : current) {
            payments.withdraw(entry.id());
            ledger.remove(entry);
        }
        state.line().ifPresent(line -> {
            ledger.addUnlessPresent(line);
            payments.charge(new ChargeCoaching(line.id(), line.memberId(), line.on(), line.description(),
                    line.hours()));
        });
        return true;
    }

    @Override
    public void log(LogHours command) {
        UUID id = UUID.randomUUID();
        // A hand-logged line is its own source: two identical lines typed on purpose are two lines.
        ledger.addUnlessPresent(new EngagementEntry(id, command.memberId(), command.source(), id.toString(),
                command.on(), command.hours(), command.description()));
    }

    @Override
    @Transactional(readOnly = true)
    public YearContribution contributionOf(MemberId member, int year) {
        return new YearContribution(year,
                ledger.entriesOf(member, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    @Override
    @Transactional(readOnly = true)
    public long countMembersToReengage() {
        return ledger.countDormantSince(LocalDate.now(clock).minusMonths(reengageAfterMonths));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DormantMember> membersToReengage() {
        LocalDate quietSince = LocalDate.now(clock).minusMonths(reengageAfterMonths);
        Map<MemberId, LocalDate> lastActivity = ledger.lastActivityByMember();
        return members.currentMembers().stream()
                .filter(member -> {
                    LocalDate last = lastActivity.get(member.id());
                    return (last == null ? member.lastChangeOn() : last).isBefore(quietSince);
                })
                .map(member -> new DormantMember(member.id(), member.name(),
                        member.representative().name(), member.representative().email(),
                        lastActivity.get(member.id())))
                .sorted(Comparator.comparing(DormantMember::lastActivity,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }
}
