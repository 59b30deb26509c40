package fr.ploucs.browser;

import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase.RegisterMember;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.ResponsibilityAssigned;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A representative leaves: the coordinator sees what that person holds in the pillars before confirming the change,
 * and afterwards the member's page keeps the handover list and the former representative.
 */
class HandoverBrowserTest extends BrowserTest {

    @Autowired
    RegisterMemberUseCase registration;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_coordinator_changes_the_representative_and_sees_the_handover_list() {
        String name = "Le Tiers-Lieu " + UUID.randomUUID().toString().substring(0, 6);
        MemberId member = registration.register(new RegisterMember(new MemberDetails(name,
                LegalForm.ASSOCIATION_LOI_1901, null, "Morcenx-la-Nouvelle",
                new Representative("Ana Lafitte", "ana@tierslieu.org", null)), LocalDate.of(2023, 9, 1)));
        // What accompaniment will report when Ana takes on the follow-up of a project.
        transaction.executeWithoutResult(status -> events.publishEvent(new ResponsibilityAssigned(UUID.randomUUID(),
                Instant.now(), UUID.randomUUID(), member, "Ana Lafitte", "ana@tierslieu.org", "accompaniment",
                "Suivi du projet Ferme partagée de Sabres", LocalDate.of(2026, 3, 1))));

        signInAsCoordinator();
        browser.get(url("/cooperation/members/" + member));
        click(By.linkText("Changer de référent·e"));
        wait.until(driver -> {
            driver.navigate().refresh();
            return !driver.findElements(By.id("held")).isEmpty();
        });
        assertThat(text("held")).contains("Accompagnement", "Suivi du projet Ferme partagée de Sabres");

        type("name", "Lou Martin");
        type("email", "lou@tierslieu.org");
        typeDate("date", LocalDate.now());
        type("reason", "Ana part en formation");
        click(By.cssSelector("form.form button[type=submit]"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("handover")));
        assertThat(text("current-representative")).contains("Lou Martin", "lou@tierslieu.org");
        assertThat(text("handover")).contains("Ana Lafitte", "Suivi du projet Ferme partagée de Sabres");
        assertThat(text("former-representatives")).contains("Ana Lafitte", "Ana part en formation");
    }
}
