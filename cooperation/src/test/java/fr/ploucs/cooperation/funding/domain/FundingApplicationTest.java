package fr.ploucs.cooperation.funding.domain;

import fr.ploucs.sharedkernel.Money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FundingApplicationTest {

    private static final LocalDate IDEA_ON = LocalDate.of(2026, 1, 5);
    private final FunderId departement = FunderId.newId();

    @Test
    void an_application_starts_as_an_idea_and_moves_forward_with_a_dated_history() {
        FundingApplication application = idea("12000");

        application.advance(ApplicationStatus.DRAFTING, LocalDate.of(2026, 1, 10), "  trame reçue ");
        application.advance(ApplicationStatus.SUBMITTED, LocalDate.of(2026, 2, 1), null);
        application.grant(LocalDate.of(2026, 4, 2), Money.of("9500"), "délibération du 30 mars");

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.GRANTED);
        assertThat(application.getSubmittedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(application.getAmountGranted()).isEqualTo(Money.of("9500.00"));
        assertThat(application.getHistory()).containsExactly(
                new ApplicationStatusChange(ApplicationStatus.IDEA, IDEA_ON, null),
                new ApplicationStatusChange(ApplicationStatus.DRAFTING, LocalDate.of(2026, 1, 10), "trame reçue"),
                new ApplicationStatusChange(ApplicationStatus.SUBMITTED, LocalDate.of(2026, 2, 1), null),
                new ApplicationStatusChange(ApplicationStatus.GRANTED, LocalDate.of(2026, 4, 2), "délibération du 30 mars"));
    }

    @Test
    void an_application_never_moves_backward_nor_is_decided_before_it_is_submitted() {
        FundingApplication application = idea("12000");
        application.advance(ApplicationStatus.SUBMITTED, LocalDate.of(2026, 2, 1), null);

        assertRefused("funding.application.rule.forward-only",
                () -> application.advance(ApplicationStatus.DRAFTING, LocalDate.of(2026, 2, 2), null));
        assertRefused("funding.application.rule.forward-only",
                () -> idea("100").grant(LocalDate.of(2026, 2, 2), Money.of("100"), null));
        assertRefused("funding.application.rule.forward-only",
                () -> idea("100").reject(LocalDate.of(2026, 2, 2), "hors critères"));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.getHistory()).hasSize(2);
    }

    @Test
    void a_decided_application_moves_no_more_and_its_details_stay() {
        FundingApplication application = submitted("12000");
        application.reject(LocalDate.of(2026, 3, 1), "  enveloppe épuisée ");

        assertThat(application.getRejectionReason()).isEqualTo("enveloppe épuisée");
        assertRefused("funding.application.rule.forward-only",
                () -> application.grant(LocalDate.of(2026, 3, 2), Money.of("100"), null));
        assertRefused("funding.application.rule.decided", () -> application.updateDetails(details("5000")));
    }

    @Test
    void the_submission_needs_a_date_not_before_the_last_step() {
        FundingApplication application = idea("12000");

        assertRefused("funding.application.rule.date-required",
                () -> application.advance(ApplicationStatus.SUBMITTED, null, null));
        assertRefused("funding.application.rule.date-before-last-change",
                () -> application.advance(ApplicationStatus.SUBMITTED, IDEA_ON.minusDays(1), null));
        assertThat(application.getSubmittedOn()).isNull();
    }

    @Test
    void the_amount_granted_is_positive_and_at_most_the_amount_asked() {
        assertRefused("funding.rule.amount-positive",
                () -> submitted("12000").grant(LocalDate.of(2026, 3, 1), Money.ZERO, null));
        assertRefused("funding.rule.amount-positive",
                () -> submitted("12000").grant(LocalDate.of(2026, 3, 1), null, null));
        assertRefused("funding.application.rule.granted-above-asked",
                () -> submitted("12000").grant(LocalDate.of(2026, 3, 1), Money.of("12000.01"), null));

        FundingApplication lower = submitted("12000");
        lower.grant(LocalDate.of(2026, 3, 1), Money.of("12000"), null);
        assertThat(lower.getAmountGranted()).isEqualTo(Money.of("12000"));
    }

    @Test
    void a_rejection_needs_its_reason() {
        FundingApplication application = submitted("12000");

        assertRefused("funding.application.rule.reason-required",
                () -> application.reject(LocalDate.of(2026, 3, 1), "  "));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void the_amount_asked_is_positive_euros_with_at_most_two_decimals() {
        assertRefused("funding.rule.amount-positive", () -> details("-1"));
        // A fraction of a cent is refused by Money itself, before any funding rule.
        assertThatExceptionOfType(fr.ploucs.sharedkernel.RuleViolation.class).isThrownBy(() -> details("10.005"))
                .satisfies(violation -> assertThat(violation.messageKey()).isEqualTo("money.rule.cents"));
        assertThat(details("1500.5").amountAsked()).isEqualTo(Money.of("1500.50"));
    }

    @Test
    void the_financing_plan_gives_its_total_and_the_share_of_each_line() {
        FundingApplication application = idea("12000");
        FinancingLine departementLine = new FinancingLine(departement, Money.of("6000"), FinancingLineStatus.CONFIRMED);
        FinancingLine region = new FinancingLine(FunderId.newId(), Money.of("3000"), FinancingLineStatus.EXPECTED);
        FinancingLine ownFunds = new FinancingLine(null, Money.of("1000"), FinancingLineStatus.CONFIRMED);

        application.addFinancingLine(departementLine);
        application.addFinancingLine(region);
        application.addFinancingLine(ownFunds);

        assertThat(application.financingTotal()).isEqualTo(Money.of("10000.00"));
        assertThat(application.shareOf(departementLine)).isEqualTo(new BigDecimal("60.0"));
        assertThat(application.shareOf(region)).isEqualTo(new BigDecimal("30.0"));
        assertThat(application.shareOf(ownFunds)).isEqualTo(new BigDecimal("10.0"));
        assertThat(ownFunds.ownFunds()).isTrue();

        application.removeFinancingLine(1);
        assertThat(application.getFinancingPlan()).containsExactly(departementLine, ownFunds);
        assertThat(application.shareOf(departementLine)).isEqualTo(new BigDecimal("85.7"));
        assertRefused("funding.plan.rule.no-such-line", () -> application.removeFinancingLine(2));
        assertRefused("funding.rule.amount-positive",
                () -> new FinancingLine(null, Money.ZERO, FinancingLineStatus.EXPECTED));
    }

    @Test
    void the_version_tells_whether_someone_saved_it_since() {
        FundingApplication stored = new FundingApplication(FundingApplicationId.newId(), details("100"),
                ApplicationStatus.IDEA, idea("100").getHistory(), null, null, null, null, 3L);

        assertThat(stored.changedSince(3L)).isFalse();
        assertThat(stored.changedSince(2L)).isTrue();
        assertThat(stored.changedSince(null)).isTrue();
    }

    private FundingApplication idea(String asked) {
        return FundingApplication.start(FundingApplicationId.newId(), details(asked), IDEA_ON);
    }

    private FundingApplication submitted(String asked) {
        FundingApplication application = idea(asked);
        application.advance(ApplicationStatus.SUBMITTED, LocalDate.of(2026, 2, 1), null);
        return application;
    }

    private ApplicationDetails details(String asked) {
        return new ApplicationDetails(departement, null, "Incubateur 2026", FundedPillar.ACCOMPANIMENT,
                Money.of(asked));
    }

    static void assertRefused(String reason, Runnable change) {
        assertThatExceptionOfType(FundingRuleViolation.class).isThrownBy(change::run)
                .satisfies(violation -> assertThat(violation.reason()).isEqualTo(reason));
    }
}
