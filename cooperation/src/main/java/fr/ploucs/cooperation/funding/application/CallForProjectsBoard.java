package fr.ploucs.cooperation.funding.application;

import fr.ploucs.cooperation.funding.application.port.in.CallsForProjectsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingNotFound;
import fr.ploucs.cooperation.funding.application.port.out.CallForProjectsRepository;
import fr.ploucs.cooperation.funding.application.port.out.FunderRepository;
import fr.ploucs.cooperation.funding.domain.CallDetails;
import fr.ploucs.cooperation.funding.domain.CallForProjects;
import fr.ploucs.cooperation.funding.domain.CallForProjectsId;
import fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

@Service
@Transactional
class CallForProjectsBoard implements CallsForProjectsUseCase {

    private final CallForProjectsRepository calls;
    private final FunderRepository funders;
    private final Clock clock;

    CallForProjectsBoard(CallForProjectsRepository calls, FunderRepository funders, Clock clock) {
        this.calls = calls;
        this.funders = funders;
        this.clock = clock;
    }

    @Override
    public CallForProjectsId publish(CallDetails details) {
        requireFunder(details);
        return calls.save(CallForProjects.publish(CallForProjectsId.newId(), details)).getId();
    }

    @Override
    public void update(CallForProjectsId id, Long expectedVersion, CallDetails details) {
        CallForProjects call = calls.findById(id).orElseThrow(() -> new FundingNotFound(id));
        if (call.changedSince(expectedVersion)) {
            throw new FundingChangedMeanwhile(id);
        }
        requireFunder(details);
        call.update(details);
        calls.save(call);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CallForProjects> byId(CallForProjectsId id) {
        return calls.findById(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ListedCall> byDeadline() {
        LocalDate today = LocalDate.now(clock);
        List<CallForProjects> all = calls.findAll();
        Stream<CallForProjects> open = all.stream().filter(call -> !call.overdueOn(today))
                .sorted(Comparator.comparing((CallForProjects call) -> call.getDetails().deadline())
                        .thenComparing(call -> call.getDetails().title()));
        Stream<CallForProjects> overdue = all.stream().filter(call -> call.overdueOn(today))
                .sorted(Comparator.comparing((CallForProjects call) -> call.getDetails().deadline()).reversed()
                        .thenComparing(call -> call.getDetails().title()));
        return Stream.concat(open, overdue)
                .map(call -> new ListedCall(call, call.overdueOn(today), call.daysLeft(today)))
                .toList();
    }

    private void requireFunder(CallDetails details) {
        if (funders.findById(details.funderId()).isEmpty()) {
            throw new FundingNotFound(details.funderId());
        }
    }
}
