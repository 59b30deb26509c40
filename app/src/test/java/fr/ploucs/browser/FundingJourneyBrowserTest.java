package fr.ploucs.browser;

import fr.ploucs.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator seeks funding: records the funder and its call, applies, takes the application to GRANTED, earmarks
 * coaching hours, and finds the grant and its notification. In a real headless Chromium against the application.
 */
class FundingJourneyBrowserTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Test
    void a_coordinator_takes_an_application_from_idea_to_grant_and_earmarks_coaching_hours() {
        String call = "Appel à projets ESS " + UUID.randomUUID().toString().substring(0, 6);
        signInAsCoordinator();
        long unreadBefore = unreadCount();

        click(By.linkText("Financements"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Demandes de financement"));

        click(By.linkText("Financeurs"));
        click(By.linkText("Ajouter un financeur"));
        type("name", "Département des Landes");
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Département");
        type("contactName", "Claire Labat");
        type("contactEmail", "claire.labat@landes.example");
        click(By.cssSelector("form.form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("funders"), "Département des Landes"));

        click(By.linkText("Appels à projets"));
        click(By.linkText("Ajouter un appel à projets"));
        new Select(browser.findElement(By.id("funderId"))).selectByVisibleText("Département des Landes");
        type("title", call);
        type("link", "https://www.landes.example/appels-a-projets");
        typeDate("opensOn", TODAY.minusDays(10));
        typeDate("deadline", TODAY.plusDays(30));
        click(By.cssSelector("form.form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calls"), call));
        assertThat(text("calls")).contains(TODAY.plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .contains("dans 30 jours");

        click(By.cssSelector("a[aria-label='Préparer une demande pour l’appel " + call + "']"));
        new Select(browser.findElement(By.id("pillar"))).selectByVisibleText("Accompagnement");
        type("amountAsked", "12 000");
        click(By.cssSelector("form.form button[type=submit]"));
        wait.until(ExpectedConditions.textToBe(By.id("application-status"), "Idée"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(call);

        moveTo("En rédaction");
        moveTo("Déposée");
        new Select(browser.findElement(By.id("target"))).selectByVisibleText("Refusée");
        assertThat(browser.findElement(By.id("amountGranted")).isDisplayed()).as("grant fields for a refusal").isFalse();
        new Select(browser.findElement(By.id("target"))).selectByVisibleText("Accordée");
        type("amountGranted", "10 000");
        typeDate("grantStartsOn", TODAY);
        typeDate("grantEndsOn", TODAY.plusYears(1));
        click(By.id("status-submit"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Subvention : " + call));
        assertThat(text("grant-amount")).isEqualTo("10 000,00 €");

        new Select(browser.findElement(By.id("earmark-kind"))).selectByVisibleText("Heures d’accompagnement");
        type("hourlyRate", "45,00");
        type("hours", "40");
        click(By.id("earmark-submit"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("earmarks")));
        assertThat(text("earmarks")).contains("Heures d’accompagnement")
                .contains("40,00 h à 45,00 € de l’heure")
                .contains("1 800,00 €");
        assertThat(text("not-earmarked")).isEqualTo("8 200,00 €");

        wait.until(driver -> {
            driver.navigate().refresh();
            return unreadCount() > unreadBefore;
        });
        click(By.id("notifications-link"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notifications"),
                "Département des Landes accorde une subvention de 10 000,00 € pour « " + call + " »."));
    }

    @Test
    void an_amount_with_a_fraction_of_a_cent_gets_the_french_error_and_keeps_what_was_typed() {
        signInAsCoordinator();
        browser.get(url("/cooperation/funding/applications/new"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("amountAsked")));
        type("title", "Sans financeur");
        type("amountAsked", "12,345");
        click(By.cssSelector("form.form button[type=submit]"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("amountAsked-error")));
        assertThat(text("amountAsked-error")).startsWith("Indiquez un montant positif en euros");
        assertThat(browser.findElement(By.id("amountAsked")).getDomProperty("value")).isEqualTo("12,345");
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo("Sans financeur");
        assertThat(text("form-errors")).contains("Le formulaire contient des erreurs");
    }

    private void moveTo(String status) {
        new Select(browser.findElement(By.id("target"))).selectByVisibleText(status);
        click(By.id("status-submit"));
        wait.until(ExpectedConditions.textToBe(By.id("application-status"), status));
    }

}
