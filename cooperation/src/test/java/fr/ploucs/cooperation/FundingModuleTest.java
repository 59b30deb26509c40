package fr.ploucs.cooperation;

import fr.ploucs.sharedkernel.Money;

import fr.ploucs.cooperation.funding.application.port.in.FundersUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase.ChangeStatus;
import fr.ploucs.cooperation.funding.application.port.in.GrantsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.RemindReportDeadlinesUseCase;
import fr.ploucs.cooperation.funding.domain.ApplicationDetails;
import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import fr.ploucs.cooperation.funding.domain.Earmark;
import fr.ploucs.cooperation.funding.domain.FundedPillar;
import fr.ploucs.cooperation.funding.domain.FunderDetails;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FunderKind;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.funding.domain.Grant;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.cooperation.funding.domain.ReportDeadline;
import fr.ploucs.cooperation.funding.domain.ReportKind;
import fr.ploucs.sharedkernel.events.FundingGranted;
import fr.ploucs.sharedkernel.events.GrantEarmark;
import fr.ploucs.sharedkernel.events.GrantEarmarkAdded;
import fr.ploucs.sharedkernel.NavigationEntry;
import fr.ploucs.sharedkernel.events.ReportDeadlineApproaching;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Funding booted with the cooperation module against the real database: what it publishes for the other pillars. */
@ApplicationModuleTest
class FundingModuleTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Autowired
    private FundersUseCase funders;
    @Autowired
    private FundingApplicationsUseCase applications;
    @Autowired
    private GrantsUseCase grants;
    @Autowired
    private RemindReportDeadlinesUseCase reminders;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private List<NavigationEntry> navigationEntries;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void granting_an_application_stores_its_grant_and_publishes_funding_granted(Scenario scenario) {
        FunderId funder = funders.record(new FunderDetails("Département des Landes " + token, FunderKind.DEPARTEMENT,
                "Claire Labat", "claire.labat@landes.fr", null));
        String title = "Incubateur rural " + token;
        FundingApplicationId id = submitted(funder, title);

        scenario.stimulate(() -> applications.changeStatus(new ChangeStatus(id, 2L, ApplicationStatus.GRANTED, TODAY,
                        "notification reçue", Money.of("10000"), TODAY, TODAY.plusYears(1))))
                .andWaitForEventOfType(FundingGranted.class)
                .matching(granted -> granted.applicationTitle().equals(title))
                .toArriveAndVerify((granted, grantId) -> {
                    Grant grant = grants.byId(grantId.orElseThrow()).orElseThrow();
                    assertThat(granted.grantId()).isEqualTo(grant.getId().value());
                    assertThat(granted.funderName()).isEqualTo("Département des Landes " + token);
                    assertThat(granted.amount()).isEqualByComparingTo("10000.00");
                    assertThat(granted.earmarks()).isEmpty();
                    assertThat(granted.notificationArguments())
                            .containsExactly("Département des Landes " + token, title, "10 000,00");
                    assertThat(grant.getAmount()).isEqualTo(Money.of("10000.00"));
                    assertThat(grant.getApplicationId()).isEqualTo(id);
                    assertThat(applications.byId(id).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.GRANTED);
                });
    }

    @Test
    void an_earmark_added_to_a_grant_is_published_for_the_earmarked_pillar(Scenario scenario) {
        FunderId funder = funders.record(new FunderDetails("Fondation de France " + token, FunderKind.FOUNDATION,
                null, null, null));
        String title = "Heures d'accompagnement " + token;
        GrantId grantId = granted(funder, title, "3000");

        scenario.stimulate(() -> grants.addEarmark(grantId, 0L,
                        Earmark.coachingHours(Money.of("45.00"), new BigDecimal("40"))))
                .andWaitForEventOfType(GrantEarmarkAdded.class)
                .matching(added -> added.grantId().equals(grantId.value()))
                .toArriveAndVerify(added -> {
                    assertThat(added.funderName()).isEqualTo("Fondation de France " + token);
                    assertThat(added.applicationTitle()).isEqualTo(title);
                    GrantEarmark earmark = added.earmark();
                    assertThat(earmark.kind()).isEqualTo(GrantEarmark.COACHING_HOURS);
                    assertThat(earmark.amount()).isEqualByComparingTo("1800.00");
                    assertThat(earmark.hourlyRate()).isEqualByComparingTo("45.00");
                    assertThat(earmark.hours()).isEqualByComparingTo("40");
                    assertThat(grants.byId(grantId).orElseThrow().notEarmarked()).isEqualTo(Money.of("1200.00"));
                });
    }

    @Test
    void a_report_due_soon_is_reminded_once_however_often_the_job_runs(Scenario scenario,
                                                                        AssertablePublishedEvents events) {
        FunderId funder = funders.record(new FunderDetails("Région Nouvelle-Aquitaine " + token, FunderKind.REGION,
                null, null, null));
        GrantId grantId = granted(funder, "CJS 2026 " + token, "8000");
        grants.addReportDeadline(grantId, 0L, ReportKind.INTERIM, TODAY.plusDays(5));
        grants.addReportDeadline(grantId, 1L, ReportKind.FINAL, TODAY.plusDays(200));
        ReportDeadline interim = grants.byId(grantId).orElseThrow().getReports().get(0);

        scenario.stimulate(() -> reminders.remindDueReports())
                .andWaitForEventOfType(ReportDeadlineApproaching.class)
                .matching(reminder -> reminder.grantId().equals(grantId.value()))
                .toArriveAndVerify(reminder -> {
                    assertThat(reminder.funderName()).isEqualTo("Région Nouvelle-Aquitaine " + token);
                    assertThat(reminder.reportKind()).isEqualTo("INTERIM");
                    assertThat(reminder.dueOn()).isEqualTo(TODAY.plusDays(5));
                });

        reminders.remindDueReports();

        assertThat(events.ofType(ReportDeadlineApproaching.class)
                .matching(reminder -> reminder.grantId().equals(grantId.value()))).hasSize(1);
        assertThat(jdbc.sql("select threshold_days from cooperation.grant_report_reminder where report_id = ?")
                .param(interim.id()).query(Integer.class).list()).containsExactly(7);
    }

    @Test
    void coordinators_find_funding_in_the_navigation() {
        assertThat(navigationEntries).contains(
                NavigationEntry.forCoordinators("cooperation", "funding", "nav.cooperation.funding", "/cooperation/funding", 50));
    }

    private FundingApplicationId submitted(FunderId funder, String title) {
        FundingApplicationId id = applications.start(new ApplicationDetails(funder, null, title,
                FundedPillar.ACCOMPANIMENT, Money.of("12000")));
        applications.changeStatus(new ChangeStatus(id, 0L, ApplicationStatus.DRAFTING, TODAY, null, null, null, null));
        applications.changeStatus(new ChangeStatus(id, 1L, ApplicationStatus.SUBMITTED, TODAY, null, null, null, null));
        return id;
    }

    private GrantId granted(FunderId funder, String title, String amount) {
        FundingApplicationId id = submitted(funder, title);
        Optional<GrantId> grant = applications.changeStatus(new ChangeStatus(id, 2L, ApplicationStatus.GRANTED, TODAY,
                null, Money.of(amount), TODAY, TODAY.plusYears(1)));
        return grant.orElseThrow();
    }
}
