package fr.ploucs.accompaniment.programmes.adapter.in.web;

import fr.ploucs.accompaniment.programmes.domain.CallStatus;
import fr.ploucs.accompaniment.programmes.domain.Cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cohort as the pages show it, its call flattened (null days and no criteria until a call is defined).
 */
record CohortView(UUID id, UUID programmeId, String name, LocalDate startsOn, LocalDate endsOn, int capacity,
                  int admitted, int seatsLeft, CallStatus callStatus, LocalDate callOpensOn, LocalDate callClosesOn,
                  LocalDate juryOn, List<String> criteria, Long version) {

    static CohortView of(Cohort cohort) {
        var call = cohort.getCall();
        return new CohortView(cohort.getId().value(), cohort.getProgrammeId().value(), cohort.getName(),
                cohort.getStartsOn(), cohort.getEndsOn(), cohort.getCapacity(), cohort.getAdmitted(),
                cohort.seatsLeft(), cohort.getCallStatus(), call == null ? null : call.opensOn(),
                call == null ? null : call.closesOn(), call == null ? null : call.juryOn(),
                call == null ? List.of() : call.criteria(), cohort.getVersion());
    }

    /** The criteria are fixed once the call has opened. */
    boolean callEditable() {
        return callStatus == CallStatus.NOT_DEFINED || callStatus == CallStatus.READY;
    }

    public boolean isCallEditable() {
        return callEditable();
    }

    public boolean isFull() {
        return seatsLeft == 0;
    }
}
