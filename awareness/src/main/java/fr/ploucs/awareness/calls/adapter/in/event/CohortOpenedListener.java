package fr.ploucs.awareness.calls.adapter.in.event;

import fr.ploucs.awareness.calls.application.port.in.OpenCallsUseCase;
import fr.ploucs.awareness.calls.application.port.in.OpenCallsUseCase.CallOpened;
import fr.ploucs.sharedkernel.events.CohortOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Accompaniment opened a call for applications: the session pages show it to the facilitators while it is open. */
@Component
class CohortOpenedListener {

    private final OpenCallsUseCase calls;

    CohortOpenedListener(OpenCallsUseCase calls) {
        this.calls = calls;
    }

    @ApplicationModuleListener(id = "awareness.calls.cohort-opened")
    void on(CohortOpened event) {
        calls.cohortOpened(new CallOpened(event.cohortId(), event.programmeName(), event.cohortName(),
                event.callOpensOn(), event.callClosesOn(), event.capacity()));
    }
}
