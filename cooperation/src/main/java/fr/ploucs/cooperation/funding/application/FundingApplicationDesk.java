package fr.ploucs.cooperation.funding.application;

import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingNotFound;
import fr.ploucs.cooperation.funding.application.port.out.CallForProjectsRepository;
import fr.ploucs.cooperation.funding.application.port.out.FunderRepository;
import fr.ploucs.cooperation.funding.application.port.out.FundingApplicationRepository;
import fr.ploucs.cooperation.funding.application.port.out.GrantRepository;
import fr.ploucs.cooperation.funding.domain.ApplicationDetails;
import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import fr.ploucs.cooperation.funding.domain.CallForProjects;
import fr.ploucs.cooperation.funding.domain.FinancingLine;
import fr.ploucs.cooperation.funding.domain.FundingApplication;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile;
import fr.ploucs.cooperation.funding.domain.FundingRuleViolation;
import fr.ploucs.cooperation.funding.domain.Grant;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.sharedkernel.events.FundingGranted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Applications for funding. Granting one stores the application, creates its grant and publishes
 * {@link FundingGranted} in one transaction, so the other pillars hear of a grant that exists.
 */
@Service
@Transactional
class FundingApplicationDesk implements FundingApplicationsUseCase {

    private final FundingApplicationRepository applications;
    private final FunderRepository funders;
    private final CallForProjectsRepository calls;
    private final GrantRepository grants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FundingApplicationDesk(FundingApplicationRepository applications, FunderRepository funders,
                           CallForProjectsRepository calls, GrantRepository grants,
                           ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.funders = funders;
        this.calls = calls;
        this.grants = grants;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public FundingApplicationId start(ApplicationDetails details) {
        requireFunderAndCall(details);
        FundingApplicationId id = FundingApplicationId.newId();
        applications.save(FundingApplication.start(id, details, LocalDate.now(clock)));
        return id;
    }

    @Override
    public void updateDetails(FundingApplicationId id, Long expectedVersion, ApplicationDetails details) {
        FundingApplication application = current(id, expectedVersion);
        requireFunderAndCall(details);
        application.updateDetails(details);
        applications.save(application);
    }

    @Override
    public Optional<GrantId> changeStatus(ChangeStatus command) {
        FundingApplication application = current(command.id(), command.expectedVersion());
        switch (command.target()) {
            case GRANTED -> application.grant(command.on(), command.amountGranted(), command.reason());
            case REJECTED -> application.reject(command.on(), command.reason());
            default -> application.advance(command.target(), command.on(), command.reason());
        }
        FundingApplication stored = applications.save(application);
        if (stored.getStatus() != ApplicationStatus.GRANTED) {
            return Optional.empty();
        }
        Grant grant = grants.save(Grant.of(GrantId.newId(), stored, command.grantStartsOn(), command.grantEndsOn()));
        String funderName = funders.findById(grant.getFunderId()).orElseThrow(() -> new FundingNotFound(grant.getFunderId()))
                .getDetails().name();
        events.publishEvent(new FundingGranted(UUID.randomUUID(), clock.instant(), grant.getId().value(), funderName,
                grant.getTitle(), grant.getAmount().amount(), GrantLedger.earmarksOf(grant)));
        return Optional.of(grant.getId());
    }

    @Override
    public void addFinancingLine(FundingApplicationId id, Long expectedVersion, FinancingLine line) {
        FundingApplication application = current(id, expectedVersion);
        if (line.funderId() != null && funders.findById(line.funderId()).isEmpty()) {
            throw new FundingNotFound(line.funderId());
        }
        application.addFinancingLine(line);
        applications.save(application);
    }

    @Override
    public void removeFinancingLine(FundingApplicationId id, Long expectedVersion, int index) {
        FundingApplication application = current(id, expectedVersion);
        application.removeFinancingLine(index);
        applications.save(application);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FundingApplication> byId(FundingApplicationId id) {
        return applications.findById(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<FundingApplication> list(ApplicationStatus status) {
        return applications.findByStatus(status);
    }

    private FundingApplication current(FundingApplicationId id, Long expectedVersion) {
        FundingApplication application = applications.findById(id).orElseThrow(() -> new FundingNotFound(id));
        if (application.changedSince(expectedVersion)) {
            throw new FundingChangedMeanwhile(id);
        }
        return application;
    }

    /** The funder exists; an application answering a call goes to the funder of that call. */
    private void requireFunderAndCall(ApplicationDetails details) {
        if (funders.findById(details.funderId()).isEmpty()) {
            throw new FundingNotFound(details.funderId());
        }
        if (details.callId() != null) {
            CallForProjects call = calls.findById(details.callId()).orElseThrow(() -> new FundingNotFound(details.callId()));
            if (!call.getDetails().funderId().equals(details.funderId())) {
                throw new FundingRuleViolation("callId", "funding.application.rule.call-of-another-funder");
            }
        }
    }
}
