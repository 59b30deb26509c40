package fr.ploucs.cooperation;

import fr.ploucs.sharedkernel.Money;

import fr.ploucs.cooperation.funding.application.port.in.FundersUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase.ChangeStatus;
import fr.ploucs.cooperation.funding.application.port.in.GrantsUseCase;
import fr.ploucs.cooperation.funding.domain.ApplicationDetails;
import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import fr.ploucs.cooperation.funding.domain.Earmark;
import fr.ploucs.cooperation.funding.domain.FundedPillar;
import fr.ploucs.cooperation.funding.domain.FunderDetails;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.cooperation.funding.domain.FunderKind;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Grants as coordinators obtain them, through the funding use cases: funder, application, granted, earmarked. */
public final class GrantFixtures {

    private final FundersUseCase funders;
    private final FundingApplicationsUseCase applications;
    private final GrantsUseCase grants;

    public GrantFixtures(FundersUseCase funders, FundingApplicationsUseCase applications, GrantsUseCase grants) {
        this.funders = funders;
        this.applications = applications;
        this.grants = grants;
    }

    /** A grant over the period paying {@code hours} coaching hours at {@code rate} euros an hour. */
    public GrantId coachingGrant(String title, LocalDate startsOn, LocalDate endsOn, String rate, String hours) {
        FunderId funder = funders.record(new FunderDetails("Département des Landes", FunderKind.DEPARTEMENT, null,
                null, null));
        Money amount = Money.of(rate).times(new BigDecimal(hours));
        FundingApplicationId application = applications.start(new ApplicationDetails(funder, null, title,
                FundedPillar.ACCOMPANIMENT, amount));
        applications.changeStatus(new ChangeStatus(application, 0L, ApplicationStatus.SUBMITTED, startsOn, null,
                null, null, null));
        GrantId grant = applications.changeStatus(new ChangeStatus(application, 1L, ApplicationStatus.GRANTED,
                startsOn, null, amount, startsOn, endsOn)).orElseThrow();
        grants.addEarmark(grant, grants.byId(grant).orElseThrow().getVersion(),
                Earmark.coachingHours(Money.of(rate), new BigDecimal(hours)));
        return grant;
    }
}
