package fr.ploucs.browser;

import fr.ploucs.SignedIn;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase.RegisterMember;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.Representative;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator records a practice exchange that two member structures attended for 2,5 hours, finds it again by a
 * word of its notes, and sees the hours in an attending member's contribution to the network.
 */
class PracticeExchangeBrowserTest extends BrowserTest {

    @Autowired
    RegisterMemberUseCase registration;


    @Test
    void records_an_exchange_finds_it_by_a_word_of_its_notes_and_sees_the_hours_in_a_member_contribution() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String facilitating = member("Les Jardins du Marsan " + suffix);
        String attending = member("Ressourcerie des Landes " + suffix);
        String other = member("L’Atelier Vélo " + suffix);
        // A word nobody else wrote, so that the search finds this exchange only.
        String word = "tiersieu" + letters(6);
        String topic = "Mutualiser les locaux " + suffix;
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        signInAsCoordinator();

        click(By.linkText("Échanges de pratiques"));
        click(By.linkText("Noter un échange de pratiques"));
        type("topic", topic);
        type("facilitatorName", "Camille Dupin");
        new Select(browser.findElement(By.id("facilitatorMemberId"))).selectByVisibleText(facilitating);
        type("hours", "2,5");
        tick(facilitating);
        tick(attending);
        type("notes", "Nous avons comparé nos conventions avec la commune et parlé du " + word + " de Morcenx.");
        type("links0.title", "Compte rendu");
        type("links0.url", "https://example.org/compte-rendu");
        click(By.cssSelector("#exchange-form button[type=submit]"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"),
                "L’échange de pratiques a été enregistré"));
        assertThat(text("exchange-hours")).isEqualTo("2,5 h");
        assertThat(text("exchange-attendees")).contains(facilitating).contains(attending).doesNotContain(other);

        click(By.linkText("Échanges de pratiques"));
        type("q", word);
        click(By.cssSelector("#exchange-search button[type=submit]"));
        WebElement results = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("exchange-results")));
        assertThat(results.getText()).contains("1 échange").contains(topic).contains("2,5 h");
        screenshot("exchanges-search");

        click(By.linkText(topic));
        click(By.linkText(attending));
        WebElement contribution = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contribution")));
        assertThat(contribution.getText())
                .contains("Contribution au réseau en " + year)
                .contains("Échange de pratiques")
                .contains(topic);
        // The member page shows hours with two decimals: 2,5 h is « 2,50 ».
        assertThat(text("contribution-total")).isEqualTo("Total : 2,50 h");
        screenshot("exchanges-member-contribution");
    }

    private void tick(String memberName) {
        click(By.xpath("//fieldset[@id='attendeeIds']//label[normalize-space()=\"" + memberName + "\"]"));
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    private String member(String name) {
        registration.register(new RegisterMember(new MemberDetails(name, LegalForm.ASSOCIATION_LOI_1901, null,
                "Morcenx-la-Nouvelle", new Representative("Lou Martin", "lou@example.org", null)),
                LocalDate.of(2024, 9, 1)));
        return name;
    }
}
