package fr.ploucs.cooperation.funding.application;

import fr.ploucs.sharedkernel.Money;

import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase.ChangeStatus;
import fr.ploucs.cooperation.funding.application.port.out.CallForProjectsRepository;
import fr.ploucs.cooperation.funding.application.port.out.FunderRepository;
import fr.ploucs.cooperation.funding.application.port.out.FundingApplicationRepository;
import fr.ploucs.cooperation.funding.application.port.out.GrantRepository;
import fr.ploucs.cooperation.funding.domain.ApplicationDetails;
import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import fr.ploucs.cooperation.funding.domain.CallDetails;
import fr.ploucs.cooperation.funding.domain.CallForProjects;
import fr.ploucs.cooperation.funding.domain.CallForProjectsId;
import fr.ploucs.cooperation.funding.domain.FundedPillar;
import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.FunderDetails;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FunderKind;
import fr.ploucs.cooperation.funding.domain.FundingApplication;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile;
import fr.ploucs.cooperation.funding.domain.FundingRuleViolation;
import fr.ploucs.cooperation.funding.domain.Grant;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.sharedkernel.events.FundingGranted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.context.ApplicationEventPublisher;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class FundingApplicationDeskTest {

    private static final Instant NOW = Instant.parse("2026-04-02T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 2);

    @Mock
    private FundingApplicationRepository applications;
    @Mock
    private FunderRepository funders;
    @Mock
    private CallForProjectsRepository calls;
    @Mock
    private GrantRepository grants;
    @Mock
    private ApplicationEventPublisher events;

    private FundingApplicationDesk desk;
    private final FunderId departement = FunderId.newId();

    @BeforeEach
    void aDeskAtAFixedTime() {
        desk = new FundingApplicationDesk(applications, funders, calls, grants, events,
                Clock.fixed(NOW, ZoneId.of("Europe/Paris")));
        lenient().when(funders.findById(departement)).thenReturn(Optional.of(new Funder(departement,
                new FunderDetails("Département des Landes", FunderKind.DEPARTEMENT, null, null, null), 0L)));
        lenient().when(applications.save(any())).thenAnswer(invocation -> {
            FundingApplication a = invocation.getArgument(0);
            return new FundingApplication(a.getId(), a.getDetails(), a.getStatus(), a.getHistory(), a.getSubmittedOn(),
                    a.getAmountGranted(), a.getRejectionReason(), a.getFinancingPlan(),
                    a.getVersion() == null ? 0L : a.getVersion() + 1);
        });
        lenient().when(grants.save(any())).thenAnswer(invocation -> {
            Grant g = invocation.getArgument(0);
            return new Grant(g.getId(), g.getApplicationId(), g.getFunderId(), g.getTitle(), g.getAmount(),
                    g.getStartsOn(), g.getEndsOn(), g.getEarmarks(), g.getReports(), 0L);
        });
    }

    @Test
    void granting_stores_the_application_creates_its_grant_and_publishes_funding_granted() {
        FundingApplication submitted = submitted(5L);
        when(applications.findById(submitted.getId())).thenReturn(Optional.of(submitted));

        Optional<GrantId> grantId = desk.changeStatus(new ChangeStatus(submitted.getId(), 5L, ApplicationStatus.GRANTED,
                TODAY, "notification du 2 avril", Money.of("9000"), TODAY, TODAY.plusYears(1)));

        ArgumentCaptor<Grant> grant = ArgumentCaptor.forClass(Grant.class);
        verify(grants).save(grant.capture());
        assertThat(grantId).contains(grant.getValue().getId());
        assertThat(grant.getValue().getApplicationId()).isEqualTo(submitted.getId());
        assertThat(grant.getValue().getAmount()).isEqualTo(Money.of("9000"));
        assertThat(grant.getValue().getEndsOn()).isEqualTo(TODAY.plusYears(1));
        ArgumentCaptor<FundingGranted> event = ArgumentCaptor.forClass(FundingGranted.class);
        verify(events).publishEvent(event.capture());
        assertThat(event.getValue().grantId()).isEqualTo(grant.getValue().getId().value());
        assertThat(event.getValue().funderName()).isEqualTo("Département des Landes");
        assertThat(event.getValue().applicationTitle()).isEqualTo("Incubateur 2026");
        assertThat(event.getValue().amount()).isEqualByComparingTo("9000");
        assertThat(event.getValue().occurredAt()).isEqualTo(NOW);
    }

    @Test
    void other_steps_publish_nothing_and_create_no_grant() {
        FundingApplication submitted = submitted(5L);
        when(applications.findById(submitted.getId())).thenReturn(Optional.of(submitted));

        Optional<GrantId> grantId = desk.changeStatus(new ChangeStatus(submitted.getId(), 5L, ApplicationStatus.REJECTED,
                TODAY, "enveloppe épuisée", null, null, null));

        assertThat(grantId).isEmpty();
        verifyNoInteractions(grants, events);
    }

    @Test
    void a_grant_without_its_period_is_refused_before_anything_is_published() {
        FundingApplication submitted = submitted(5L);
        when(applications.findById(submitted.getId())).thenReturn(Optional.of(submitted));

        assertThatExceptionOfType(FundingRuleViolation.class).isThrownBy(() -> desk.changeStatus(new ChangeStatus(
                submitted.getId(), 5L, ApplicationStatus.GRANTED, TODAY, null, Money.of("9000"), TODAY, null)));

        verify(grants, never()).save(any());
        verifyNoInteractions(events);
    }

    @Test
    void a_change_based_on_an_old_version_is_refused_and_nothing_saved() {
        FundingApplication submitted = submitted(5L);
        when(applications.findById(submitted.getId())).thenReturn(Optional.of(submitted));

        assertThatExceptionOfType(FundingChangedMeanwhile.class).isThrownBy(() -> desk.changeStatus(new ChangeStatus(
                submitted.getId(), 4L, ApplicationStatus.REJECTED, TODAY, "motif", null, null, null)));

        verify(applications, never()).save(any());
    }

    @Test
    void an_application_to_a_call_goes_to_the_funder_of_that_call() {
        CallForProjectsId callId = CallForProjectsId.newId();
        when(calls.findById(callId)).thenReturn(Optional.of(new CallForProjects(callId, new CallDetails(
                FunderId.newId(), "Appel LEADER", null, null, TODAY.plusDays(30), null), 0L)));

        assertThatExceptionOfType(FundingRuleViolation.class)
                .isThrownBy(() -> desk.start(new ApplicationDetails(departement, callId, "Incubateur 2026",
                        FundedPillar.ACCOMPANIMENT, Money.of("1000"))))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("funding.application.rule.call-of-another-funder"));
        verify(applications, never()).save(any());
    }

    @Test
    void a_new_application_is_an_idea_of_today() {
        FundingApplicationId id = desk.start(new ApplicationDetails(departement, null, "Incubateur 2026",
                FundedPillar.ACCOMPANIMENT, Money.of("1000")));

        ArgumentCaptor<FundingApplication> saved = ArgumentCaptor.forClass(FundingApplication.class);
        verify(applications).save(saved.capture());
        assertThat(saved.getValue().getId()).isEqualTo(id);
        assertThat(saved.getValue().getStatus()).isEqualTo(ApplicationStatus.IDEA);
        assertThat(saved.getValue().lastChange().on()).isEqualTo(TODAY);
    }

    private FundingApplication submitted(long version) {
        FundingApplication application = FundingApplication.start(FundingApplicationId.newId(),
                new ApplicationDetails(departement, null, "Incubateur 2026", FundedPillar.ACCOMPANIMENT,
                        Money.of("12000")), TODAY.minusDays(60));
        application.advance(ApplicationStatus.SUBMITTED, TODAY.minusDays(30), null);
        return new FundingApplication(application.getId(), application.getDetails(), application.getStatus(),
                application.getHistory(), application.getSubmittedOn(), null, null, null, version);
    }
}
