package fr.ploucs.browser;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.ploucs.SignedIn;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase.RegisterMember;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.Representative;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator sets the year's dues, records a payment, and sends the reminder to the member who has not paid; an
 * in-process GreenMail SMTP server, on a free port, receives the e-mail.
 */
class DuesReminderBrowserTest extends BrowserTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("ploucs.dues.reminder-cron", () -> "-");
    }

    @Autowired
    RegisterMemberUseCase registration;

    @Test
    void a_coordinator_sets_the_dues_records_a_payment_and_reminds_the_member_who_has_not_paid() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 6);
        String payer = "Les Jardins du Marsan " + token;
        String debtor = "Recyclerie des Landes " + token;
        String debtorEmail = "ines." + token + "@recyclerie.example";
        String payerEmail = "camille." + token + "@jardins.example";
        register(payer, "Camille Dupin", payerEmail);
        register(debtor, "Inès Laborde", debtorEmail);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        int year = today.getYear();

        signInAsCoordinator();
        click(By.linkText("Cotisations"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Cotisations " + year));
        click(browser.findElements(By.linkText("Fixer le montant de la cotisation")).isEmpty()
                ? By.linkText("Modifier les paramètres") : By.linkText("Fixer le montant de la cotisation"));
        type("amount", "120");
        typeDate("generalAssemblyOn", today.plusDays(60));
        type("reminderDaysBefore", "30");
        click(By.cssSelector("form.form button[type=submit]"));

        wait.until(ExpectedConditions.textToBe(By.id("confirmation"), "Les paramètres de la cotisation ont été enregistrés."));
        assertThat(text("amount-due")).isEqualTo("120,00 €");

        click(By.cssSelector(".page-heading a.button"));
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("memberId")))).selectByVisibleText(payer);
        type("amount", "120");
        typeDate("paidOn", today);
        new Select(browser.findElement(By.id("means"))).selectByVisibleText("Chèque");
        type("reference", "chèque 0012");
        click(By.cssSelector("form.form button[type=submit]"));

        wait.until(ExpectedConditions.textToBe(By.id("confirmation"), "Le paiement a été enregistré."));
        assertThat(text("payments")).contains(payer, "120,00 €", "Chèque", "chèque 0012");
        assertThat(text("paid-members")).contains(payer);
        String unpaid = text("unpaid-members");
        assertThat(unpaid).contains(debtor, "Inès Laborde", debtorEmail, "120,00 €").doesNotContain(payer);
        assertThat(row(debtor).findElement(By.className("last-reminder")).getText()).isEqualTo("Aucune");

        click(By.id("send-reminders"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reminder-recipients"), debtorEmail));
        assertThat(text("reminder-recipients")).doesNotContain(payer);
        click(By.id("confirm-reminders"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reminders-outcome"), "envoyée"));
        assertThat(row(debtor).findElement(By.className("last-reminder")).getText())
                .startsWith("le " + today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " à ")
                .endsWith("(par la coordination)");
        screenshot("dues-year-after-reminder");

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage reminder = only(receivedBy(debtorEmail));
        assertThat(reminder.getSubject()).isEqualTo("Cotisation " + year + " au réseau PLOUCS");
        assertThat(((String) reminder.getContent()).replace("\r\n", "\n"))
                .startsWith("Bonjour Inès Laborde,")
                .contains("la cotisation " + year + " de la structure " + debtor)
                .contains("Montant de la cotisation " + year + " : 120,00 €")
                .contains("Reste à régler : 120,00 €");
        assertThat(receivedBy(payerEmail)).isEmpty();

        // The payment reached the coordinators' inbox through the event registry.
        browser.get(url("/notifications"));
        wait.until(driver -> {
            driver.navigate().refresh();
            return driver.findElement(By.tagName("main")).getText()
                    .contains("La structure " + payer + " a réglé 120,00 € pour sa cotisation " + year + ".");
        });
    }

    private void register(String name, String representative, String email) {
        registration.register(new RegisterMember(new MemberDetails(name, LegalForm.ASSOCIATION_LOI_1901, null,
                "Morcenx-la-Nouvelle", new Representative(representative, email, null)), LocalDate.of(2024, 1, 5)));
    }

    private WebElement row(String memberName) {
        return browser.findElements(By.cssSelector("#unpaid-members tbody tr")).stream()
                .filter(row -> row.getText().contains(memberName)).findFirst().orElseThrow();
    }

    private static List<MimeMessage> receivedBy(String email) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> ((InternetAddress) address).getAddress().equals(email));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage only(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
