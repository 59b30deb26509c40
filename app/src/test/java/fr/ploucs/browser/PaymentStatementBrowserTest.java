package fr.ploucs.browser;

import fr.ploucs.sharedkernel.Money;

import fr.ploucs.cooperation.funding.application.port.in.FundersUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase.ChangeStatus;
import fr.ploucs.cooperation.funding.application.port.in.GrantsUseCase;
import fr.ploucs.cooperation.payments.application.port.in.PaymentStatementQuery;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase.RegisterMember;
import fr.ploucs.cooperation.funding.domain.ApplicationDetails;
import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import fr.ploucs.cooperation.funding.domain.Earmark;
import fr.ploucs.cooperation.funding.domain.FundedPillar;
import fr.ploucs.cooperation.funding.domain.FunderDetails;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FunderKind;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.events.CoachingSessionHeld;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Coaching hours arrive as events (as accompaniment will publish them), are charged to the grant that pays them,
 * and a coordinator reads the member's payment statement, with the hours no grant covers flagged.
 */
class PaymentStatementBrowserTest extends BrowserTest {

    // A year of its own, so that no other test's grant covers these sessions.
    private static final int YEAR = 2034;

    @Autowired
    RegisterMemberUseCase registration;
    @Autowired
    FundersUseCase funders;
    @Autowired
    FundingApplicationsUseCase applications;
    @Autowired
    GrantsUseCase grants;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PaymentStatementQuery statements;

    @Test
    void a_coordinator_reads_what_a_member_is_owed_for_its_coaching_hours() {
        String name = "La Ruche " + UUID.randomUUID().toString().substring(0, 6);
        MemberId member = registration.register(new RegisterMember(new MemberDetails(name, LegalForm.SCOP, null,
                "Morcenx-la-Nouvelle", new Representative("Lou Martin", "lou@example.org", null)),
                LocalDate.of(2024, 9, 1)));
        coachingGrant("Accompagnement " + YEAR, "45.00", "5");

        held(member, name, "Ferme partagée de Sabres", LocalDate.of(YEAR, 3, 4), "3");
        // Listeners run after commit, in any order: let the first session be charged before the second arrives.
        await().atMost(Duration.ofSeconds(10)).until(() -> !statements.statementOf(member,
                LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31)).lines().isEmpty());
        CoachingSessionHeld second = held(member, name, "Épicerie solidaire d’Ygos", LocalDate.of(YEAR, 4, 1), "4");
        transaction.executeWithoutResult(status -> events.publishEvent(second));

        signInAsCoordinator();
        browser.get(url("/cooperation/payments?from=" + YEAR + "-01-01&to=" + YEAR + "-12-31"));
        click(By.linkText(name));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Relevé de " + name));
        wait.until(driver -> {
            driver.navigate().refresh();
            return !driver.findElements(By.id("beyond-envelope")).isEmpty();
        });
        assertThat(text("paid-lines"))
                .contains("Ferme partagée de Sabres", "Épicerie solidaire d’Ygos",
                        "Département des Landes — Accompagnement " + YEAR, "45,00 €", "135,00 €", "90,00 €");
        assertThat(text("amount-due")).isEqualTo("225,00 €");
        assertThat(text("beyond-envelope")).contains("Heures hors enveloppe : 2,00 h", "Épicerie solidaire d’Ygos");
    }

    private CoachingSessionHeld held(MemberId member, String name, String project, LocalDate on, String hours) {
        CoachingSessionHeld held = new CoachingSessionHeld(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                member, name, project, on, new BigDecimal(hours));
        transaction.executeWithoutResult(status -> events.publishEvent(held));
        return held;
    }

    private void coachingGrant(String title, String rate, String hours) {
        LocalDate start = LocalDate.of(YEAR, 1, 1);
        Money amount = Money.of(rate).times(new BigDecimal(hours));
        FunderId funder = funders.record(new FunderDetails("Département des Landes", FunderKind.DEPARTEMENT, null,
                null, null));
        FundingApplicationId application = applications.start(new ApplicationDetails(funder, null, title,
                FundedPillar.ACCOMPANIMENT, amount));
        applications.changeStatus(new ChangeStatus(application, 0L, ApplicationStatus.SUBMITTED, start, null, null,
                null, null));
        GrantId grant = applications.changeStatus(new ChangeStatus(application, 1L, ApplicationStatus.GRANTED, start,
                null, amount, start, LocalDate.of(YEAR, 12, 31))).orElseThrow();
        grants.addEarmark(grant, grants.byId(grant).orElseThrow().getVersion(),
                Earmark.coachingHours(Money.of(rate), new BigDecimal(hours)));
    }
}
