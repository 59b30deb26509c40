package fr.ploucs.cooperation.exchanges.application;

import fr.ploucs.cooperation.exchanges.application.port.in.FindPracticeExchangesQuery;
import fr.ploucs.cooperation.exchanges.application.port.in.PracticeExchangeNotFound;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase.CreditHours;
import fr.ploucs.cooperation.exchanges.application.port.in.RecordPracticeExchangeUseCase;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import fr.ploucs.cooperation.exchanges.application.port.out.PracticeExchangeRepository;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.cooperation.exchanges.domain.ExchangeRuleViolation;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery.MemberEntry;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchange;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeChangedMeanwhile;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeDetails;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeId;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Practice exchanges between member structures. Each save credits every attending member the session's hours in the
 * engagement ledger, in the same transaction, under the exchange's id: the ledger keeps one line per source,
 * reference and member, so saving again credits nobody twice and a member added later is credited then. The ledger
 * is append-only: a member removed from the attendance afterwards keeps the line, and changed hours or date do not
 * rewrite the lines already credited.
 */
@Service
@Transactional
class PracticeExchanges implements RecordPracticeExchangeUseCase, FindPracticeExchangesQuery {

    private final PracticeExchangeRepository exchanges;
    private final MemberDirectoryQuery members;
    private final RecordEngagementUseCase engagement;

    PracticeExchanges(PracticeExchangeRepository exchanges, MemberDirectoryQuery members,
                      RecordEngagementUseCase engagement) {
        this.exchanges = exchanges;
        this.members = members;
        this.engagement = engagement;
    }

    @Override
    public PracticeExchangeId record(RecordExchange command) {
        requireCurrentMembers(command.details(), null);
        PracticeExchange stored = exchanges.save(PracticeExchange.record(PracticeExchangeId.newId(), command.details()));
        credit(stored);
        return stored.getId();
    }

    @Override
    public void update(UpdateExchange command) {
        PracticeExchange exchange = exchanges.findById(command.exchangeId())
                .orElseThrow(() -> new PracticeExchangeNotFound(command.exchangeId()));
        if (exchange.changedSince(command.expectedVersion())) {
            throw new PracticeExchangeChangedMeanwhile(command.exchangeId());
        }
        // Structures already recorded may have left the network since: they stay on the exchange.
        requireCurrentMembers(command.details(), exchange.getDetails());
        exchange.update(command.details());
        credit(exchanges.save(exchange));
    }

    private void credit(PracticeExchange exchange) {
        PracticeExchangeDetails details = exchange.getDetails();
        for (MemberId attendee : details.attendees()) {
            engagement.credit(new CreditHours(attendee, EngagementSource.PRACTICE_EXCHANGE, exchange.getId().toString(),
                    details.on(), details.hours(), details.topic()));
        }
    }

    private void requireCurrentMembers(PracticeExchangeDetails details, PracticeExchangeDetails before) {
        Set<MemberId> alreadyThere = before == null ? Set.of() : before.attendees();
        for (MemberId attendee : details.attendees()) {
            if (!alreadyThere.contains(attendee) && !isCurrentMember(attendee)) {
                throw new ExchangeRuleViolation("exchange.attendees.not-member");
            }
        }
        boolean sameFacilitator = before != null && before.facilitatorMember().equals(details.facilitatorMember());
        if (!sameFacilitator && !isCurrentMember(details.facilitatorMember())) {
            throw new ExchangeRuleViolation("exchange.facilitatorMember.not-member");
        }
    }

    private boolean isCurrentMember(MemberId id) {
        return members.entryOf(id).filter(MemberEntry::currentMember).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PracticeExchange> byId(PracticeExchangeId id) {
        return exchanges.findById(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PracticeExchange> search(ExchangeSearch criteria) {
        return exchanges.search(criteria.words(), criteria.year(), criteria.attendee());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return exchanges.years();
    }
}
