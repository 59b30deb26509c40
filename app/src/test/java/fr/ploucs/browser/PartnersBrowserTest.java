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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator adds the commune of Morcenx-la-Nouvelle as a partner with the commune picker, adds a contact, logs a
 * meeting and finds it in the partner's log.
 */
class PartnersBrowserTest extends BrowserTest {

    @Test
    void adds_morcenx_with_the_commune_picker_a_contact_and_a_meeting_in_its_log() {
        signInAsCoordinator();

        click(By.linkText("Partenaires et territoire"));
        click(By.linkText("Ajouter un partenaire"));
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Commune");
        type("commune", "morcenx");
        // htmx fetches the suggestions into the field's datalist; the browser shows them under the field.
        WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#commune-suggestions option[value='Morcenx-la-Nouvelle (40110)']")));
        assertThat(option.getDomProperty("textContent")).isEqualTo("Landes (40) · CC du Pays Morcenais");
        // Choosing an option of a datalist puts its value in the field (the browser's own drop-down is out of
        // WebDriver's reach, so the choice is made as the browser makes it).
        type("commune", option.getDomAttribute("value"));
        click(By.cssSelector("#partner-form button[type=submit]"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"),
                "Le partenaire a été enregistré."));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Morcenx-la-Nouvelle");
        assertThat(text("partner-details")).contains("Morcenx-la-Nouvelle (40110) — code INSEE 40197")
                .contains("Landes (40)").contains("CC du Pays Morcenais");

        type("name", "Jeanne Dupont");
        type("role", "Adjointe à la vie associative");
        type("email", "jeanne.dupont@morcenx.example");
        click(By.cssSelector("#contact-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"),
                "Le contact a été ajouté."));
        assertThat(text("partner-contacts")).contains("Jeanne Dupont").contains("Adjointe à la vie associative")
                .contains("jeanne.dupont@morcenx.example");

        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Réunion");
        type("summary", "Réunion avec la mairie sur la CJS de l’été prochain");
        type("followUp", "Envoyer le budget prévisionnel");
        click(By.cssSelector("#interaction-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"),
                "L’échange a été noté dans le journal."));
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(text("partner-log")).contains(today).contains("Réunion")
                .contains("Réunion avec la mairie sur la CJS de l’été prochain")
                .contains("Envoyer le budget prévisionnel").contains(SignedIn.COORDINATOR);
    }
}
