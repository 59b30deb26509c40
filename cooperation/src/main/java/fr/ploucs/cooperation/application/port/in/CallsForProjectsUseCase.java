package fr.ploucs.cooperation.application.port.in;

import fr.ploucs.cooperation.domain.CallDetails;
import fr.ploucs.cooperation.domain.CallForProjects;
import fr.ploucs.cooperation.domain.CallForProjectsId;

import java.util.List;
import java.util.Optional;

/** The funders' calls for projects (« appels à projets »). */
public interface CallsForProjectsUseCase {

    CallForProjectsId publish(CallDetails details);

    /** @throws fr.ploucs.cooperation.domain.FundingChangedMeanwhile when saved since {@code expectedVersion} */
    void update(CallForProjectsId id, Long expectedVersion, CallDetails details);

    Optional<CallForProjects> byId(CallForProjectsId id);

    /** The calls still open, nearest deadline first, then the overdue ones, most recent first. */
    List<ListedCall> byDeadline();

    record ListedCall(CallForProjects call, boolean overdue, long daysLeft) {
    }
}
