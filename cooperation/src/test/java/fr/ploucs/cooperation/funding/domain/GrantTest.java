package fr.ploucs.cooperation.funding.domain;

import fr.ploucs.cooperation.shared.domain.GrantId;

import fr.ploucs.sharedkernel.Money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static fr.ploucs.cooperation.funding.domain.FundingApplicationTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class GrantTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    @Test
    void a_grant_is_made_from_a_granted_application_with_its_funder_title_and_amount() {
        FundingApplication application = FundingApplication.start(FundingApplicationId.newId(),
                new ApplicationDetails(FunderId.newId(), null, "CJS 2026", FundedPillar.CJS, Money.of("8000")),
                START);
        application.advance(ApplicationStatus.SUBMITTED, START, null);
        assertThatIllegalStateException().isThrownBy(() -> Grant.of(GrantId.newId(), application, START, END));
        application.grant(START.plusDays(60), Money.of("7000"), null);

        Grant grant = Grant.of(GrantId.newId(), application, START, END);

        assertThat(grant.getApplicationId()).isEqualTo(application.getId());
        assertThat(grant.getFunderId()).isEqualTo(application.getDetails().funderId());
        assertThat(grant.getTitle()).isEqualTo("CJS 2026");
        assertThat(grant.getAmount()).isEqualTo(Money.of("7000.00"));
        assertThat(grant.getVersion()).isNull();
    }

    @Test
    void coaching_hours_cost_the_rate_times_the_hours() {
        Earmark coaching = Earmark.coachingHours(Money.of("45.00"), new BigDecimal("40"));

        assertThat(coaching.amount()).isEqualTo(Money.of("1800.00"));
        assertThat(coaching.hourlyRate()).isEqualTo(Money.of("45.00"));
        assertThat(coaching.hours()).isEqualByComparingTo("40");
        assertThat(Earmark.coachingHours(Money.of("47.50"), new BigDecimal("12.5")).amount())
                .isEqualTo(Money.of("593.75"));
        assertRefused("funding.earmark.rule.rate-times-hours", () -> new Earmark(EarmarkKind.COACHING_HOURS,
                Money.of("1000"), Money.of("45"), new BigDecimal("40")));
        assertRefused("funding.earmark.rule.hours-positive",
                () -> Earmark.coachingHours(Money.of("45"), BigDecimal.ZERO));
        assertRefused("funding.earmark.rule.hours-only-for-coaching", () -> new Earmark(EarmarkKind.CJS,
                Money.of("1000"), Money.of("10"), new BigDecimal("100")));
    }

    @Test
    void the_earmarks_may_add_up_to_the_grant_but_never_more() {
        Grant grant = grant("5000");
        grant.addEarmark(Earmark.coachingHours(Money.of("45"), new BigDecimal("40")));
        grant.addEarmark(Earmark.of(EarmarkKind.AWARENESS, Money.of("2000")));

        assertRefused("funding.grant.rule.earmarks-exceed-amount",
                () -> grant.addEarmark(Earmark.of(EarmarkKind.RUNNING_COSTS, Money.of("1200.01"))));
        assertThat(grant.getEarmarks()).hasSize(2);
        assertThat(grant.notEarmarked()).isEqualTo(Money.of("1200.00"));

        grant.addEarmark(Earmark.of(EarmarkKind.RUNNING_COSTS, Money.of("1200")));
        assertThat(grant.earmarkedTotal()).isEqualTo(Money.of("5000.00"));
        assertThat(grant.notEarmarked()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_grant_covers_a_period_whose_end_is_not_before_its_start() {
        assertRefused("funding.grant.rule.period-order", () -> new Grant(GrantId.newId(), FundingApplicationId.newId(),
                FunderId.newId(), "Action", Money.euros(10), END, START, List.of(), List.of(), null));
        assertRefused("funding.grant.rule.period-required", () -> new Grant(GrantId.newId(),
                FundingApplicationId.newId(), FunderId.newId(), "Action", Money.euros(10), START, null, List.of(),
                List.of(), null));
    }

    @Test
    void reports_are_listed_by_due_date_and_recorded_done_once() {
        Grant grant = grant("5000");
        ReportDeadline last = grant.addReportDeadline(ReportKind.FINAL, LocalDate.of(2027, 3, 31));
        ReportDeadline interim = grant.addReportDeadline(ReportKind.INTERIM, LocalDate.of(2026, 7, 1));

        assertThat(grant.getReports()).extracting(ReportDeadline::id).containsExactly(interim.id(), last.id());
        assertThat(interim.overdueOn(LocalDate.of(2026, 7, 2))).isTrue();
        assertThat(interim.daysLeft(LocalDate.of(2026, 6, 1))).isEqualTo(30);

        grant.recordReportDone(interim.id(), LocalDate.of(2026, 6, 28));

        ReportDeadline done = grant.getReports().get(0);
        assertThat(done.doneOn()).isEqualTo(LocalDate.of(2026, 6, 28));
        assertThat(done.overdueOn(LocalDate.of(2026, 7, 2))).isFalse();
        assertRefused("funding.report.rule.already-done",
                () -> grant.recordReportDone(interim.id(), LocalDate.of(2026, 6, 29)));
        assertRefused("funding.report.rule.no-such-report",
                () -> grant.recordReportDone(UUID.randomUUID(), LocalDate.of(2026, 6, 29)));
        assertRefused("funding.report.rule.due-required", () -> grant.addReportDeadline(ReportKind.INTERIM, null));
    }

    private static Grant grant(String amount) {
        return new Grant(GrantId.newId(), FundingApplicationId.newId(), FunderId.newId(), "Incubateur 2026",
                Money.of(amount), START, END, List.of(), List.of(), null);
    }
}
