package fr.ploucs.cooperation.funding.adapter.out.persistence;

import fr.ploucs.sharedkernel.Money;

import fr.ploucs.cooperation.funding.domain.ApplicationDetails;
import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import fr.ploucs.cooperation.funding.domain.ApplicationStatusChange;
import fr.ploucs.cooperation.funding.domain.CallDetails;
import fr.ploucs.cooperation.funding.domain.CallForProjects;
import fr.ploucs.cooperation.funding.domain.CallForProjectsId;
import fr.ploucs.cooperation.funding.domain.Earmark;
import fr.ploucs.cooperation.funding.domain.EarmarkKind;
import fr.ploucs.cooperation.funding.domain.FinancingLine;
import fr.ploucs.cooperation.funding.domain.FinancingLineStatus;
import fr.ploucs.cooperation.funding.domain.FundedPillar;
import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.FunderDetails;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FunderKind;
import fr.ploucs.cooperation.funding.domain.FundingApplication;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile;
import fr.ploucs.cooperation.funding.domain.Grant;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.cooperation.funding.domain.ReportDeadline;
import fr.ploucs.cooperation.funding.domain.ReportKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Against the real PostgreSQL, migrated by the module's Flyway scripts. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({FunderPersistenceAdapter.class, CallForProjectsPersistenceAdapter.class,
        FundingApplicationPersistenceAdapter.class, GrantPersistenceAdapter.class, FundingPersistenceMapperImpl.class})
class FundingPersistenceAdapterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 2);

    @Autowired
    private FunderPersistenceAdapter funders;
    @Autowired
    private CallForProjectsPersistenceAdapter calls;
    @Autowired
    private FundingApplicationPersistenceAdapter applications;
    @Autowired
    private GrantPersistenceAdapter grants;
    @Autowired
    private JdbcClient jdbc;

    private final String token = "t" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void funders_and_calls_round_trip_and_funders_come_by_name() {
        Funder zeta = funders.save(Funder.record(FunderId.newId(), new FunderDetails("Zeta " + token,
                FunderKind.FOUNDATION, "Lou Martin", "lou@zeta.org", "Fondation d'entreprise")));
        Funder alpha = funders.save(Funder.record(FunderId.newId(), new FunderDetails("alpha " + token,
                FunderKind.EU_LEADER, null, null, null)));
        CallDetails details = new CallDetails(zeta.getId(), "Appel " + token, "https://zeta.org/aap",
                TODAY, TODAY.plusDays(45), "Pour les projets ruraux");
        CallForProjects call = calls.save(CallForProjects.publish(CallForProjectsId.newId(), details));

        assertThat(funders.findById(zeta.getId()).orElseThrow().getDetails()).isEqualTo(zeta.getDetails());
        assertThat(zeta.getVersion()).isZero();
        assertThat(funders.findAllByName()).extracting(f -> f.getDetails().name())
                .containsSubsequence("alpha " + token, "Zeta " + token);
        assertThat(calls.findById(call.getId()).orElseThrow().getDetails()).isEqualTo(details);
        assertThat(calls.findAll()).extracting(CallForProjects::getId).contains(call.getId());
        assertThat(alpha.getDetails().kind()).isEqualTo(FunderKind.EU_LEADER);
    }

    @Test
    void an_application_round_trips_with_its_history_and_financing_plan_in_order() {
        Funder funder = funder();
        FundingApplication application = FundingApplication.start(FundingApplicationId.newId(),
                new ApplicationDetails(funder.getId(), null, "Incubateur " + token, FundedPillar.ACCOMPANIMENT,
                        Money.of("12000.50")), TODAY.minusDays(40));
        application.advance(ApplicationStatus.SUBMITTED, TODAY.minusDays(10), "dossier complet");
        application.reject(TODAY, "enveloppe épuisée");
        application.addFinancingLine(new FinancingLine(funder.getId(), Money.of("9000"), FinancingLineStatus.EXPECTED));
        application.addFinancingLine(new FinancingLine(null, Money.of("3000.50"), FinancingLineStatus.CONFIRMED));

        FundingApplication saved = applications.save(application);
        FundingApplication found = applications.findById(application.getId()).orElseThrow();

        assertThat(saved.getVersion()).isZero();
        assertThat(found.getDetails()).isEqualTo(application.getDetails());
        assertThat(found.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(found.getSubmittedOn()).isEqualTo(TODAY.minusDays(10));
        assertThat(found.getRejectionReason()).isEqualTo("enveloppe épuisée");
        assertThat(found.getHistory()).containsExactly(
                new ApplicationStatusChange(ApplicationStatus.IDEA, TODAY.minusDays(40), null),
                new ApplicationStatusChange(ApplicationStatus.SUBMITTED, TODAY.minusDays(10), "dossier complet"),
                new ApplicationStatusChange(ApplicationStatus.REJECTED, TODAY, "enveloppe épuisée"));
        assertThat(found.getFinancingPlan()).containsExactly(
                new FinancingLine(funder.getId(), Money.of("9000.00"), FinancingLineStatus.EXPECTED),
                new FinancingLine(null, Money.of("3000.50"), FinancingLineStatus.CONFIRMED));
        assertThat(found.getVersion()).isZero();

        Map<String, Object> row = jdbc.sql("select * from cooperation.funding_application where id = ?")
                .param(application.getId().value()).query().singleRow();
        assertThat(row).containsEntry("status", "REJECTED").containsEntry("pillar", "ACCOMPANIMENT")
                .containsEntry("amount_asked", new BigDecimal("12000.50"));
        assertThat(applications.findByStatus(ApplicationStatus.REJECTED)).extracting(FundingApplication::getId)
                .contains(application.getId());
        assertThat(applications.findByStatus(ApplicationStatus.IDEA)).extracting(FundingApplication::getId)
                .doesNotContain(application.getId());
    }

    @Test
    void a_grant_round_trips_with_its_earmarks_and_reports_whose_ids_stay() {
        Grant grant = grant(funder());
        grant.addEarmark(Earmark.coachingHours(Money.of("45.00"), new BigDecimal("40")));
        grant.addEarmark(Earmark.of(EarmarkKind.RUNNING_COSTS, Money.of("500")));
        ReportDeadline interim = grant.addReportDeadline(ReportKind.INTERIM, TODAY.plusDays(90));
        Grant saved = grants.save(grant);

        saved.recordReportDone(interim.id(), TODAY);
        saved.addReportDeadline(ReportKind.FINAL, TODAY.plusDays(400));
        Grant updated = grants.save(saved);
        Grant found = grants.findById(grant.getId()).orElseThrow();

        assertThat(updated.getVersion()).isEqualTo(1L);
        assertThat(found.getVersion()).isEqualTo(1L);
        assertThat(found.getEarmarks()).containsExactly(
                new Earmark(EarmarkKind.COACHING_HOURS, Money.of("1800.00"), Money.of("45.00"),
                        new BigDecimal("40.00")),
                new Earmark(EarmarkKind.RUNNING_COSTS, Money.of("500.00"), null, null));
        assertThat(found.getReports()).hasSize(2);
        assertThat(found.getReports().get(0)).isEqualTo(new ReportDeadline(interim.id(), ReportKind.INTERIM,
                TODAY.plusDays(90), TODAY));
        assertThat(grants.findByApplication(grant.getApplicationId())).map(Grant::getId).contains(grant.getId());
        assertThat(grants.findWithReportsNotDone()).extracting(Grant::getId).contains(grant.getId());
        assertThat(grants.findAll()).extracting(Grant::getId).contains(grant.getId());
    }

    /** Not in a test transaction: each save commits or rolls back on its own, as in the app. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void saving_a_grant_read_before_someone_else_saved_it_fails_and_keeps_their_save() {
        Grant stored = grants.save(grant(funder()));
        Grant mine = grants.findById(stored.getId()).orElseThrow();
        Grant theirs = grants.findById(stored.getId()).orElseThrow();

        theirs.addEarmark(Earmark.of(EarmarkKind.CJS, Money.of("1000")));
        grants.save(theirs);
        mine.addEarmark(Earmark.of(EarmarkKind.AWARENESS, Money.of("2000")));

        assertThatExceptionOfType(FundingChangedMeanwhile.class).isThrownBy(() -> grants.save(mine));
        assertThat(grants.findById(stored.getId()).orElseThrow().getEarmarks()).extracting(Earmark::kind)
                .containsExactly(EarmarkKind.CJS);
    }

    @Test
    void a_reminder_is_recorded_once_per_report_and_threshold() {
        UUID report = UUID.randomUUID();
        Instant now = Instant.parse("2026-04-02T05:00:00Z");

        assertThat(grants.recordFirstReminder(report, 30, now)).isTrue();
        assertThat(grants.recordFirstReminder(report, 30, now.plusSeconds(86400))).isFalse();
        assertThat(grants.recordFirstReminder(report, 7, now)).isTrue();
        assertThat(jdbc.sql("select count(*) from cooperation.grant_report_reminder where report_id = ?")
                .param(report).query(Long.class).single()).isEqualTo(2L);
    }

    private Funder funder() {
        return funders.save(Funder.record(FunderId.newId(), new FunderDetails("Département " + token,
                FunderKind.DEPARTEMENT, null, null, null)));
    }

    private Grant grant(Funder funder) {
        FundingApplication application = FundingApplication.start(FundingApplicationId.newId(),
                new ApplicationDetails(funder.getId(), null, "CJS " + token, FundedPillar.CJS, Money.of("8000")),
                TODAY.minusDays(60));
        application.advance(ApplicationStatus.SUBMITTED, TODAY.minusDays(30), null);
        application.grant(TODAY, Money.of("5000"), null);
        applications.save(application);
        return Grant.of(GrantId.newId(), application, TODAY, TODAY.plusYears(1));
    }
}
