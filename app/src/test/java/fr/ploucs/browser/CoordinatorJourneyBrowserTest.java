package fr.ploucs.browser;

import fr.ploucs.SignedIn;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator's main flows, in a real headless Chromium against the application on a real port. */
class CoordinatorJourneyBrowserTest extends BrowserTest {

    @Test
    void registers_a_member_finds_it_is_notified_and_records_its_departure_and_return() {
        String name = "Recyclerie du Marsan " + UUID.randomUUID().toString().substring(0, 6);
        signInAsCoordinator();
        long unreadBefore = unreadCount();

        click(By.linkText("Structures membres"));
        click(By.linkText("Enregistrer une structure"));
        type("name", name);
        new Select(browser.findElement(By.id("legalForm"))).selectByVisibleText("SCIC");
        type("siret", "732 829 320 00074");
        type("commune", "Mont-de-Marsan");
        typeDate("joinedOn", LocalDate.of(2024, 3, 12));
        type("representativeName", "Inès Laborde");
        type("representativeEmail", "ines@recyclerie.example");
        type("representativePhone", "05 58 00 00 00");
        click(By.cssSelector("form.form button[type=submit]"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));
        assertThat(text("member-status")).isEqualTo("Membre actif");

        click(By.linkText("Structures membres"));
        type("q", name.substring(0, 16).toLowerCase());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(name)));

        wait.until(driver -> {
            driver.navigate().refresh();
            return unreadCount() > unreadBefore;
        });
        click(By.id("notifications-link"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notifications"),
                "La structure " + name + " a rejoint le réseau."));

        openFeature("Coopération", "Structures membres");
        type("q", name);
        click(By.linkText(name));
        click(By.linkText("Enregistrer un départ"));
        typeDate("date", LocalDate.now());
        type("reason", "Fin d’activité de l’association");
        click(By.cssSelector("form.form button[type=submit]"));

        wait.until(ExpectedConditions.textToBe(By.id("member-status"), "A quitté le réseau"));
        assertThat(text("membership-history")).contains("Départ : Fin d’activité de l’association");

        openFeature("Accompagnement", "Structures accompagnatrices");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), name));

        openFeature("Coopération", "Structures membres");
        type("q", name);
        click(By.linkText(name));
        click(By.linkText("Enregistrer un retour"));
        typeDate("date", LocalDate.now());
        type("reason", "Nouveau projet de recyclerie");
        click(By.cssSelector("form.form button[type=submit]"));
        wait.until(ExpectedConditions.textToBe(By.id("member-status"), "Revenue dans le réseau"));
        assertThat(text("membership-history")).contains("Retour dans le réseau : Nouveau projet de recyclerie");
    }

    @Test
    void an_invalid_siret_gets_the_french_error_and_keeps_what_was_typed() {
        signInAsCoordinator();
        browser.get(url("/cooperation/members/new"));
        type("name", "Structure au SIRET erroné");
        new Select(browser.findElement(By.id("legalForm"))).selectByVisibleText("SCOP");
        type("siret", "732 829 320 00075");
        type("commune", "Morcenx-la-Nouvelle");
        type("representativeName", "Jean Darrigade");
        type("representativeEmail", "jean@example.org");
        click(By.cssSelector("form.form button[type=submit]"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("siret-error")));
        assertThat(text("siret-error")).startsWith("Ce numéro SIRET n’est pas valide");
        assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Structure au SIRET erroné");
        assertThat(browser.findElement(By.id("siret")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(text("form-errors")).contains("Le formulaire contient des erreurs");
    }

    @Test
    void an_unknown_page_shows_the_french_404_page() {
        signInAsCoordinator();
        browser.get(url("/cette-page-n-existe-pas"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Page introuvable"));
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("Whitelabel");
    }

}
