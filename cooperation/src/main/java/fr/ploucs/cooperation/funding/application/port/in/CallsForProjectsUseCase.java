package fr.ploucs.cooperation.funding.application.port.in;

import fr.ploucs.cooperation.funding.domain.CallDetails;
import fr.ploucs.cooperation.funding.domain.CallForProjects;
import fr.ploucs.cooperation.funding.domain.CallForProjectsId;

import java.util.List;
import java.util.Optional;

/** The funders' calls for projects (« appels à projets »). */
public interface CallsForProjectsUseCase {

    CallForProjectsId publish(CallDetails details);

    /** @throws fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile when saved since {@code expectedVersion} */
    void update(CallForProjectsId id, Long expectedVersion, CallDetails details);

    Optional<CallForProjects> byId(CallForProjectsId id);

    /** The calls still open, nearest deadline first, then the overdue ones, most recent first. */
    List<ListedCall> byDeadline();

    record ListedCall(CallForProjects call, boolean overdue, long daysLeft) {
    }
}
