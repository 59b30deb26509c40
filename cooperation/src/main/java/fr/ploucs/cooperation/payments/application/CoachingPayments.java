package fr.ploucs.cooperation.payments.application;

import fr.ploucs.cooperation.payments.application.port.in.ChargeCoachingUseCase;
import fr.ploucs.cooperation.payments.application.port.in.PaymentStatementQuery;
import fr.ploucs.cooperation.payments.application.port.out.CoachingCharges;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery.MemberEntry;
import fr.ploucs.cooperation.payments.domain.CoachingCharge;
import fr.ploucs.cooperation.payments.domain.CoachingSession;
import fr.ploucs.cooperation.payments.domain.EnvelopeAllocation;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Pays members for coaching from the grants the network raised: each coaching session credited to a member is
 * charged to the envelopes covering its date, and what they cannot cover is kept, flagged, as hours beyond the
 * envelope.
 */
@Service
@Transactional
class CoachingPayments implements PaymentStatementQuery, ChargeCoachingUseCase {

    private final CoachingCharges charges;
    private final MemberDirectoryQuery members;

    CoachingPayments(CoachingCharges charges, MemberDirectoryQuery members) {
        this.charges = charges;
        this.members = members;
    }

    @Override
    public void charge(ChargeCoaching command) {
        CoachingSession session = new CoachingSession(command.sessionId(), command.memberId(), command.on(),
                command.description(), command.hours());
        charges.add(EnvelopeAllocation.charge(session, charges.envelopesCoveringForUpdate(session.on())));
    }

    @Override
    public void withdraw(UUID engagementEntryId) {
        charges.removeOf(engagementEntryId);
    }

    @Override
    @Transactional(readOnly = true)
    public Statement statementOf(MemberId memberId, LocalDate from, LocalDate to) {
        List<CoachingCharge> found = charges.of(memberId, from, to);
        return new Statement(memberId, nameOf(memberId), from, to, lines(found));
    }

    @Override
    @Transactional(readOnly = true)
    public List<StatementSummary> statements(LocalDate from, LocalDate to) {
        Map<MemberId, List<CoachingCharge>> byMember = charges.between(from, to).stream()
                .collect(Collectors.groupingBy(CoachingCharge::memberId));
        return byMember.entrySet().stream()
                .map(entry -> new Statement(entry.getKey(), nameOf(entry.getKey()), from, to,
                        entry.getValue().stream().map(charge -> new StatementLine(charge, null)).toList()))
                .map(statement -> new StatementSummary(statement.memberId(), statement.memberName(),
                        statement.paidHours(), statement.amountDue(), statement.hoursBeyondEnvelope()))
                .sorted(Comparator.comparing(StatementSummary::memberName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private List<StatementLine> lines(List<CoachingCharge> found) {
        Set<GrantId> grants = found.stream().map(CoachingCharge::grantId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<GrantId, String> labels = grants.isEmpty() ? Map.of() : charges.grantLabels(grants);
        return found.stream()
                .map(charge -> new StatementLine(charge, charge.grantId() == null ? null : labels.get(charge.grantId())))
                .toList();
    }

    private String nameOf(MemberId memberId) {
        return members.entryOf(memberId).map(MemberEntry::name).orElse(memberId.toString());
    }

}
