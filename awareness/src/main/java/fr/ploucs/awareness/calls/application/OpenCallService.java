package fr.ploucs.awareness.calls.application;

import fr.ploucs.awareness.calls.application.port.in.OpenCallSummary;
import fr.ploucs.awareness.calls.application.port.in.OpenCallsUseCase;
import fr.ploucs.awareness.calls.application.port.out.OpenCallRepository;
import fr.ploucs.awareness.calls.domain.OpenCall;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

@Service
@Transactional
class OpenCallService implements OpenCallsUseCase {

    private final OpenCallRepository repository;

    OpenCallService(OpenCallRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean cohortOpened(CallOpened command) {
        return repository.addOnce(new OpenCall(command.cohortId(), command.programmeName(), command.cohortName(),
                command.opensOn(), command.closesOn(), command.capacity()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenCallSummary> stillOpenOn(LocalDate day) {
        return repository.closingOnOrAfter(day).stream().filter(call -> call.stillOpenOn(day))
                .map(call -> new OpenCallSummary(call.programmeName(), call.cohortName(), call.opensOn(),
                        call.closesOn(), call.capacity()))
                .toList();
    }
}
