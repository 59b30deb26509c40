package fr.ploucs.browser;

import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase.RegisterMember;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's "done when", tried as a new coordinator would in a real browser: a school's request taken to delivered
 * and evaluated, with the facilitating member's hours arriving in cooperation's engagement ledger; a workshop whose
 * idea becomes a lead in accompaniment; a CJS edition whose minors' gate refuses a 15-year-old and keeps a
 * 17-year-old inactive until the parental authorisation is uploaded and the image rights chosen; and the year's reach
 * by audience read as a chart.
 */
class AwarenessJourneyBrowserTest extends BrowserTest {

    @Autowired
    RegisterMemberUseCase registration;

    @Test
    void a_coordinator_runs_the_awareness_pillar_from_request_to_reach() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String memberName = "L’Atelier des possibles " + suffix;
        MemberId member = registration.register(new RegisterMember(new MemberDetails(memberName, LegalForm.SCOP, null,
                "Morcenx-la-Nouvelle", new Representative("Camille Durand", "camille@example.org", null)),
                LocalDate.of(2024, 9, 1)));
        signInAsCoordinator();

        long techniciansBefore = techniciansReached();
        String title = "L’ESS, c’est quoi ? " + suffix;
        takeASchoolsRequestToEvaluated(title, memberName);
        seeTheHoursArriveInCooperation(member, title);
        recordAWorkshopWhoseIdeaBecomesALead(suffix);
        runACjsEdition(suffix);
        readTheYearsReachAsAChart(techniciansBefore);
    }

    private void takeASchoolsRequestToEvaluated(String title, String memberName) {
        browser.get(url("/"));
        openFeature("Sensibilisation", "Interventions");
        click(By.partialLinkText("Enregistrer une demande"));

        // The school is neither a known requester nor a partner: created from the request page, then picked.
        String school = "Lycée Jean Rostand " + title.substring(title.length() - 6);
        type("name", school);
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Établissement scolaire");
        click(By.cssSelector("#requester-form button[type=submit]"));
        wait.until(driver -> new Select(driver.findElement(By.id("requesterId"))).getFirstSelectedOption().getText()
                .contains(school));

        type("title", title);
        typeDate("date", LocalDate.now());
        type("commune", "morcenx");
        WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#commune-suggestions option[value='Morcenx-la-Nouvelle (40110)']")));
        type("commune", option.getDomAttribute("value"));
        click(By.cssSelector("#request-form input[name=audiences][value=YOUTH]"));
        click(By.cssSelector("#request-form input[name=audiences][value=TECHNICIANS]"));
        type("expectedParticipants", "25");
        click(By.cssSelector("#request-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), title));
        assertThat(text("session-status")).isEqualTo("Demandée");

        // Scheduled with a facilitating member, the person who facilitates and her hours (the member's MemberJoined
        // reached awareness after commit: reload until it is offered).
        click(By.linkText("Programmer"));
        wait.until(driver -> {
            boolean offered = new Select(driver.findElement(By.id("facilitators0.memberId"))).getOptions().stream()
                    .anyMatch(o -> o.getText().equals(memberName));
            if (!offered) {
                driver.navigate().refresh();
            }
            return offered;
        });
        new Select(browser.findElement(By.id("facilitators0.memberId"))).selectByVisibleText(memberName);
        type("facilitators0.personName", "Camille Durand");
        type("facilitators0.hours", "2,5");
        click(By.cssSelector("#schedule-form button[type=submit]"));
        // Forgotten, the person's email (cooperation's handover list needs it) is asked for next to its field.
        assertThat(text("facilitators0.personEmail-error")).isEqualTo("Indiquez le courriel de la personne qui anime.");
        type("facilitators0.personEmail", "camille@atelier-des-possibles.fr");
        click(By.cssSelector("#schedule-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("session-status"), "Programmée"));
        assertThat(text("session-facilitators")).contains(memberName, "Camille Durand", "2,50");

        click(By.linkText("Déclarer réalisée"));
        type("actualParticipants", "23");
        click(By.cssSelector("#step-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("session-status"), "Réalisée"));
        assertThat(text("session-details")).contains("23");

        click(By.linkText("Évaluer"));
        type("participantsFeedback", "Les élèves ont adoré le jeu de rôle.");
        type("facilitatorNotes", "Prévoir plus de temps pour le débat.");
        click(By.cssSelector("#step-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("session-status"), "Évaluée"));
        assertThat(text("session-evaluation")).contains("Les élèves ont adoré le jeu de rôle.",
                "Prévoir plus de temps pour le débat.");
    }

    private void seeTheHoursArriveInCooperation(MemberId member, String title) {
        browser.get(url("/cooperation/members/" + member.value()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "L’Atelier des possibles"));
        // Cooperation credits the hours when AwarenessSessionDelivered reaches it, after the delivery committed.
        wait.until(driver -> {
            boolean arrived = !driver.findElements(By.id("contribution-total")).isEmpty();
            if (!arrived) {
                driver.navigate().refresh();
            }
            return arrived;
        });
        assertThat(text("contribution")).contains(title, "2,5");
        assertThat(text("contribution-total")).contains("2,5");
    }

    private void recordAWorkshopWhoseIdeaBecomesALead(String suffix) {
        browser.get(url("/"));
        openFeature("Sensibilisation", "Ateliers");
        click(By.id("record-workshop"));
        String theme = "Équipements sportifs " + suffix;
        type("theme", theme);
        typeDate("heldOn", LocalDate.now().minusDays(3));
        type("communeCode", "morcenx");
        WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#communeCode-suggestions option[value='Morcenx-la-Nouvelle (40110)']")));
        type("communeCode", option.getDomAttribute("value"));
        type("participants", "14");
        click(By.cssSelector("#workshop-form button[type=submit]"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), theme));
        String idea = "Un skatepark partagé " + suffix;
        type("title", idea);
        type("authorName", "Noah");
        type("authorContact", "noah@exemple.fr");
        typeDate("consentGivenOn", LocalDate.now().minusDays(2));
        click(By.cssSelector("#idea-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ideas"), "Transmise à l’accompagnement"));

        openFeature("Accompagnement", "Pistes");
        wait.until(driver -> {
            boolean arrived = !driver.findElements(By.id("leads")).isEmpty()
                    && driver.findElement(By.id("leads")).getText().contains(idea);
            if (!arrived) {
                driver.navigate().refresh();
            }
            return arrived;
        });
        assertThat(text("leads")).contains(idea, "Noah", "noah@exemple.fr");
    }

    private void runACjsEdition(String suffix) throws IOException {
        int summer = LocalDate.now().getYear() + 1;
        LocalDate start = LocalDate.of(summer, 7, 1);
        browser.get(url("/"));
        openFeature("Sensibilisation", "CJS");
        click(By.linkText("Ouvrir une édition"));
        String edition = "CJS Morcenx " + summer + " " + suffix;
        type("name", edition);
        type("communeCode", "morcenx");
        WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#communeCode-suggestions option[value='Morcenx-la-Nouvelle (40110)']")));
        type("communeCode", option.getDomAttribute("value"));
        typeDate("startsOn", start);
        typeDate("endsOn", LocalDate.of(summer, 8, 20));
        click(By.cssSelector("#edition-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), edition));

        // Fifteen on the first day: refused, the reason next to the birth date.
        click(By.linkText("Inscrire un jeune"));
        type("firstName", "Léo");
        type("lastName", "Petit");
        typeDate("birthDate", start.minusYears(15).minusMonths(2));
        click(By.cssSelector("#cooperant-form button[type=submit]"));
        assertThat(text("birthDate-error")).isEqualTo(
                "Inscription refusée : 15 ans au début de la CJS, il faut avoir au moins 16 ans.");

        // Seventeen: registered, but inactive until a parent's authorisation and the image-rights choice are recorded.
        type("firstName", "Lina");
        type("lastName", "Benali");
        typeDate("birthDate", start.minusYears(17).minusMonths(4));
        click(By.cssSelector("#cooperant-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Lina Benali"));
        assertThat(text("cooperant-status")).isEqualTo("Inactif");
        assertThat(text("cooperant-missing")).contains("Autorisation parentale manquante",
                "Choix sur le droit à l’image manquant");
        // The edition shows the coordinators what is missing at a glance.
        click(By.partialLinkText("Retour à l’édition"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cooperant-table"), "Lina Benali"));
        assertThat(text("cooperant-table")).contains("17 ans", "Inactif", "Autorisation parentale manquante",
                "Choix sur le droit à l’image manquant").doesNotContain("Léo Petit");

        click(By.linkText("Lina Benali"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Lina Benali"));
        assertThat(text("authorisation-state")).isEqualTo("Non enregistrée");

        type("signatory", "Karima Benali");
        typeDate("authorisation-signedOn", LocalDate.now().minusDays(1));
        typeDate("authorisation-expiresOn", LocalDate.now().plusYears(1));
        browser.findElement(By.id("document")).sendKeys(signedPdf().toAbsolutePath().toString());
        click(By.cssSelector("#authorisation-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("authorisation-state"), "Karima Benali"));
        assertThat(browser.findElements(By.id("document-link"))).hasSize(1);
        assertThat(text("cooperant-status")).isEqualTo("Inactif");
        assertThat(text("cooperant-missing")).doesNotContain("Autorisation parentale")
                .contains("Choix sur le droit à l’image manquant");

        click(By.cssSelector("#image-rights-form input[name=allowed][value=true]"));
        typeDate("chosenOn", LocalDate.now());
        typeDate("image-rights-expiresOn", LocalDate.now().plusYears(1));
        click(By.cssSelector("#image-rights-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cooperant-status"), "Actif"));
        assertThat(browser.findElements(By.id("cooperant-missing"))).isEmpty();

        click(By.partialLinkText("Retour à l’édition"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cooperant-table"), "Actif"));
        assertThat(text("cooperant-table")).doesNotContain("Inactif", "manquant");
    }

    private void readTheYearsReachAsAChart(long techniciansBefore) {
        browser.get(url("/"));
        openFeature("Sensibilisation", "Portée");
        int year = LocalDate.now().getYear();
        new Select(browser.findElement(By.id("year"))).selectByVisibleText(Integer.toString(year));
        click(By.cssSelector("#year-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reach-audiences-title"),
                "Personnes touchées par public en " + year));

        WebElement canvas = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#reach-audiences-chart canvas")));
        assertThat(canvas.getSize().getHeight()).isGreaterThan(100);
        Object drawn = ((JavascriptExecutor) browser).executeScript(
                "var chart = echarts.getInstanceByDom(document.getElementById('reach-audiences-chart'));"
                        + "return chart.getOption().series[0].data.length;");
        assertThat(((Number) drawn).intValue()).isGreaterThanOrEqualTo(2);
        assertThat(text("reach-audiences")).contains("Jeunes", "Technicien·nes");
        assertThat(techniciansReached()).isEqualTo(techniciansBefore + 23);
    }

    /** People reached among technicians this year, as the reach page's table reads (0 when not listed). */
    private long techniciansReached() {
        browser.get(url("/awareness/reach?year=" + LocalDate.now().getYear()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("year-form")));
        List<WebElement> cells = browser.findElements(By.xpath(
                "//table[@id='reach-audiences']//tr[th[normalize-space()='Technicien·nes']]/td[@data-people]"));
        return cells.isEmpty() ? 0 : Long.parseLong(cells.get(0).getDomAttribute("data-people"));
    }

    /** A small but real one-page PDF, as a parent's signed authorisation scanned to PDF would be. */
    private static Path signedPdf() throws IOException {
        String objects = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R
                  /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >> endobj
                4 0 obj << /Length 58 >> stream
                BT /F1 14 Tf 72 770 Td (Autorisation parentale signee) Tj ET
                endstream endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        Path pdf = Files.createTempFile("autorisation-", ".pdf");
        Files.writeString(pdf, objects, StandardCharsets.US_ASCII);
        pdf.toFile().deleteOnExit();
        return pdf;
    }
}
