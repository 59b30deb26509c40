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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator shares the ESS role-play game, books it, is refused a double booking, and finds it in the calendar. */
class MutualisationBrowserTest extends BrowserTest {

    @Autowired
    RegisterMemberUseCase registration;

    @Test
    void shares_the_role_play_game_books_it_is_refused_an_overlapping_booking_and_finds_it_in_the_calendar() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String owner = member("Les Jardins du Marsan " + suffix);
        String borrower = member("Ressourcerie des Landes " + suffix);
        String other = member("L’Atelier Vélo " + suffix);
        // A week ahead, so it is never past and always in next week's calendar.
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusWeeks(1);
        signInAsCoordinator();

        click(By.linkText("Ressources mutualisées"));
        click(By.linkText("Mutualiser une ressource"));
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Kit pédagogique");
        type("name", "Jeu de rôle de l’ESS");
        type("description", "Le jeu de rôle créé par les membres pendant leur résidence.");
        type("location", "Morcenx-la-Nouvelle");
        new Select(browser.findElement(By.id("ownerId"))).selectByVisibleText(owner);
        click(By.cssSelector("form.form button[type=submit]"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Jeu de rôle de l’ESS"));
        assertThat(text("resource-status")).isEqualTo("Disponible");

        book(borrower, day.atTime(9, 0), day.atTime(12, 0), "Animation au collège de Morcenx");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"),
                "La réservation a été enregistrée."));
        String period = "du " + day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 09:00 au "
                + day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 12:00";
        assertThat(text("upcoming-bookings")).contains(period).contains(borrower);

        book(other, day.atTime(11, 0), day.atTime(14, 0), "Assemblée générale");
        assertThat(text("period-error")).isEqualTo("Cette ressource est déjà réservée sur cette période, par "
                + borrower + " " + period + " : choisissez une autre période.");
        assertThat(browser.findElement(By.id("purpose")).getDomProperty("value")).isEqualTo("Assemblée générale");
        assertThat(browser.findElement(By.id("startsAt")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(text("upcoming-bookings")).doesNotContain(other);
        screenshot("mutualisation-refused-overlap");

        click(By.linkText("Calendrier des réservations"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calendar td[aria-current=date]")));
        click(By.id("calendar-next"));
        WebElement cell = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("day-" + day)));
        assertThat(cell.getText()).contains("09:00–12:00").contains(borrower).doesNotContain(other);
        screenshot("mutualisation-calendar");

        click(By.id("notifications-link"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notifications"),
                borrower + " a réservé Jeu de rôle de l’ESS " + period + "."));
    }

    private void book(String member, LocalDateTime from, LocalDateTime to, String purpose) {
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("memberId")))).selectByVisibleText(member);
        typeDateTime("startsAt", from);
        typeDateTime("endsAt", to);
        type("purpose", purpose);
        click(By.cssSelector("#booking-form button[type=submit]"));
    }

    private String member(String name) {
        registration.register(new RegisterMember(new MemberDetails(name, LegalForm.ASSOCIATION_LOI_1901, null,
                "Morcenx-la-Nouvelle", new Representative("Lou Martin", "lou@example.org", null)),
                LocalDate.of(2024, 9, 1)));
        return name;
    }
}
