package fr.ploucs.accompaniment.budget.adapter.in.event;

import fr.ploucs.accompaniment.budget.application.port.in.CoachingBudgetUseCase;
import fr.ploucs.sharedkernel.events.FundingGranted;
import fr.ploucs.sharedkernel.events.GrantEarmark;
import fr.ploucs.sharedkernel.events.GrantEarmarkAdded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Grants earmarked for coaching hours raise the hours the incubator can allocate to its cohorts. Each earmark is
 * keyed by the event that brought it (the grant's own earmarks by their position), so a redelivery adds nothing.
 */
@Component
class CoachingFundsListener {

    private final CoachingBudgetUseCase budget;

    CoachingFundsListener(CoachingBudgetUseCase budget) {
        this.budget = budget;
    }

    @ApplicationModuleListener(id = "accompaniment.budget.funding-granted")
    void on(FundingGranted event) {
        for (int i = 0; i < event.earmarks().size(); i++) {
            GrantEarmark earmark = event.earmarks().get(i);
            if (GrantEarmark.COACHING_HOURS.equals(earmark.kind())) {
                budget.coachingHoursGranted(event.grantId(), "granted-" + i, event.funderName(),
                        event.applicationTitle(), earmark.hours(), event.occurredAt());
            }
        }
    }

    @ApplicationModuleListener(id = "accompaniment.budget.grant-earmark-added")
    void on(GrantEarmarkAdded event) {
        if (GrantEarmark.COACHING_HOURS.equals(event.earmark().kind())) {
            budget.coachingHoursGranted(event.grantId(), "added-" + event.eventId(), event.funderName(),
                    event.applicationTitle(), event.earmark().hours(), event.occurredAt());
        }
    }
}
