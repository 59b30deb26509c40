package fr.ploucs.browser;

import fr.ploucs.accompaniment.applications.application.port.in.FindApplicationsQuery;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Apply;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Decide;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Score;
import fr.ploucs.accompaniment.applications.domain.ApplicationId;
import fr.ploucs.accompaniment.coaches.application.port.in.ListCoachingMembersQuery;
import fr.ploucs.accompaniment.coaches.application.port.in.ListCoachingMembersUseCase;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingUseCase;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingUseCase.Assign;
import fr.ploucs.accompaniment.followup.application.port.in.FollowUpUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundersUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase.ChangeStatus;
import fr.ploucs.cooperation.funding.application.port.in.GrantsUseCase;
import fr.ploucs.cooperation.funding.domain.ApplicationDetails;
import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import fr.ploucs.cooperation.funding.domain.Earmark;
import fr.ploucs.cooperation.funding.domain.FundedPillar;
import fr.ploucs.cooperation.funding.domain.FunderDetails;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FunderKind;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase.RegisterMember;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.Money;
import fr.ploucs.sharedkernel.events.ProjectIdeaSurfaced;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The incubator's year as a coordinator and a member's representative live it, through the pages: a programme and
 * its cohort whose call opens; an idea surfaced in an awareness workshop becomes a lead, then an application the
 * jury scores and admits; the cohort full, the next admission is refused; a member structure coaches the project, its
 * representative logs a session (and is refused on a project another member coaches); the hours reach the member's
 * payment statement; a training day's attendance; the project graduates and its 6-month follow-up falls due.
 */
class AccompanimentJourneyBrowserTest extends BrowserTest {

    private static final String CRITERIA = "Utilité sociale\nAncrage local";
    private static final String PASSWORD = "Barque-Jaune-Dans-Les-Pins-2026";

    @Autowired
    RegisterMemberUseCase registration;
    @Autowired
    ListCoachingMembersUseCase coachingMembers;
    @Autowired
    SelectionUseCase selection;
    @Autowired
    FindApplicationsQuery findApplications;
    @Autowired
    CoachingUseCase coaching;
    @Autowired
    FollowUpUseCase followUps;
    @Autowired
    FundersUseCase funders;
    @Autowired
    FundingApplicationsUseCase fundingApplications;
    @Autowired
    GrantsUseCase grants;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_surfaced_idea_goes_through_the_incubator_year_up_to_its_follow_up() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String coachingMember = "La Ruche " + suffix;
        String otherMember = "L’Établi " + suffix;
        MemberId coachId = member(coachingMember, "Lou Martin", "lou-" + suffix + "@example.org");
        MemberId otherId = member(otherMember, "Ana Lafitte", "ana-" + suffix + "@example.org");
        coachingGrant(today);
        await().atMost(Duration.ofSeconds(20)).until(() -> coachingMembers.list(ListCoachingMembersQuery.activeOnly())
                .stream().map(m -> m.memberId()).toList().containsAll(List.of(coachId, otherId)));

        String idea = "Épicerie itinérante " + suffix;
        String holder = "Camille Dufau " + suffix;
        ProjectIdeaSurfaced surfaced = new ProjectIdeaSurfaced(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                idea, "Une épicerie en camion pour les bourgs sans commerce", "Atelier mobilité, lycée de Morcenx",
                holder, "camille@example.org", today, null);
        transaction.executeWithoutResult(status -> events.publishEvent(surfaced));

        // A programme, its cohort, the call for applications opened.
        signInAsCoordinator();
        openFeature("Accompagnement", "Programmes");
        click(By.linkText("Créer un programme"));
        String programme = "Entreprendre la ruralité " + suffix;
        type("name", programme);
        type("milestones", "Analyse des besoins\nModèle économique\nForme juridique choisie");
        click(By.cssSelector("#programme-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), programme));

        click(By.linkText("Créer une promotion"));
        String cohortName = "Promotion " + suffix;
        LocalDate startsOn = today.minusMonths(3);
        type("name", cohortName);
        typeDate("startsOn", startsOn);
        typeDate("endsOn", today.plusMonths(6));
        type("capacity", "10");
        click(By.cssSelector("#cohort-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), cohortName));
        String cohortPath = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
        UUID cohortId = UUID.fromString(cohortPath.substring(cohortPath.lastIndexOf('/') + 1));

        click(By.partialLinkText("Définir l’appel"));
        typeDate("callOpensOn", startsOn.minusMonths(3));
        typeDate("callClosesOn", startsOn.minusDays(1));
        type("criteria", CRITERIA);
        click(By.cssSelector("#call-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), cohortName));
        click(By.cssSelector("#call form[action$='/call/open'] button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call-status"), "Ouvert"));

        // The surfaced idea is a lead; it becomes an application to the cohort.
        openFeature("Accompagnement", "Pistes");
        wait.until(driver -> {
            driver.navigate().refresh();
            return driver.findElement(By.tagName("main")).getText().contains(idea);
        });
        click(By.xpath("//table[@id='leads']//tr[contains(., '" + idea + "')]//a[normalize-space()='Faire candidater']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application-form")));
        assertThat(browser.findElement(By.id("projectTitle")).getAttribute("value")).isEqualTo(idea);
        new Select(browser.findElement(By.id("cohortId"))).selectByVisibleText(programme + " · " + cohortName);
        click(By.cssSelector("#application-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), idea));

        // Nine other projects already admitted, one more waiting: seats for one only.
        List<UUID> admitted = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            admitted.add(admitSeeded(cohortId, "Projet " + i + " " + suffix));
        }
        ApplicationId eleventh = scoredApplication(cohortId, "Projet 11 " + suffix);

        // The jury scores ours and admits it: the tenth seat.
        browser.navigate().refresh();
        type("score-0", "4");
        type("score-1", "5");
        click(By.cssSelector("#score-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("score-total"), "9"));
        click(By.cssSelector("#decision-form input[name=outcome][value=ADMIT]"));
        type("reasons", "Un besoin réel dans les bourgs, une équipe motivée.");
        click(By.cssSelector("#decision-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-decision"), "Admise"));
        click(By.cssSelector("#admitted-project a"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), idea));
        String projectPath = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");

        // The eleventh admission to a cohort of ten is refused, in French, on the page.
        browser.get(url("/accompaniment/applications/" + eleventh.value()));
        click(By.cssSelector("#decision-form input[name=outcome][value=ADMIT]"));
        type("reasons", "Un beau projet.");
        click(By.cssSelector("#decision-form button[type=submit]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-form-errors")));
        assertThat(text("decision-form-errors")).containsIgnoringCase("complète");
        assertThat(text("application-decision")).isEqualTo("À décider");

        // A coaching member for the project, and another member for one of the others.
        coaching.assign(new Assign(admitted.get(0), otherId, "Ana Lafitte", "ana-" + suffix + "@example.org", today));
        browser.get(url(projectPath + "/coaching"));
        new Select(browser.findElement(By.id("memberId"))).selectByVisibleText(coachingMember);
        type("coachName", "Lou Martin");
        type("coachEmail", "lou-" + suffix + "@example.org");
        click(By.cssSelector("#assignment-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-assignment"), coachingMember));

        // The representative's account, then the representative logs a session.
        String username = "lou-" + suffix;
        browser.get(url("/accounts/new"));
        type("displayName", "Lou Martin");
        type("username", username);
        type("password", PASSWORD);
        if (browser.findElement(By.id("mustChangePassword1")).isSelected()) {
            click(By.id("mustChangePassword1"));
        }
        click(By.cssSelector("input[name=role][value=REPRESENTATIVE]"));
        new Select(browser.findElement(By.id("memberId"))).selectByVisibleText(coachingMember);
        click(By.cssSelector("form.form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"), "créé"));
        signOut();
        signIn(username, PASSWORD);

        browser.get(url("/accompaniment/my-coaching"));
        click(By.linkText(idea));
        if (!browser.getCurrentUrl().contains("/coaching")) {
            browser.get(url(projectPath + "/coaching"));
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-form")));
        type("hours", "2,5");
        type("coachName", "Lou Martin");
        type("topics", "Modèle économique, tournée des bourgs");
        click(By.cssSelector("#session-form button[type=submit]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sessions")));
        assertThat(text("sessions-total")).contains("2,50");

        browser.get(url("/accompaniment/projects/" + admitted.get(0) + "/coaching"));
        assertThat(text("not-yours")).contains("Votre structure n’accompagne pas ce projet");
        signOut();

        // The session's hours on the member's payment statement, in cooperation.
        signInAsCoordinator();
        browser.get(url("/cooperation/payments?from=" + today.getYear() + "-01-01&to=" + today.getYear() + "-12-31"));
        click(By.linkText(coachingMember));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Relevé de " + coachingMember));
        wait.until(driver -> {
            driver.navigate().refresh();
            return driver.findElement(By.tagName("main")).getText().contains(idea);
        });
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(idea, "2,50");

        // A collective training day, and who came.
        browser.get(url("/accompaniment/cohorts/" + cohortId + "/training-days"));
        type("topic", "Gouvernance partagée");
        typeDate("heldOn", today.minusDays(1));
        type("place", "Morcenx-la-Nouvelle");
        click(By.cssSelector("#training-day-form button[type=submit]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendance-form")));
        click(By.xpath("//form[@id='attendance-form']//label[contains(., '" + holder + "')]"));
        click(By.cssSelector("#attendance-form button[type=submit]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendance-summary")));
        assertThat(text("attendance-summary")).contains("1");
        browser.get(url("/accompaniment/cohorts/" + cohortId + "/training-days"));
        assertThat(text("holders")).contains(holder);

        // The project graduates.
        browser.get(url(projectPath + "/graduation"));
        click(By.cssSelector("#graduation-form input[name=graduated][value=true]"));
        typeDate("leftOn", today);
        type("structureName", "SCIC Épicerie des bourgs");
        type("legalForm", "SCIC");
        type("jobs", "2");
        click(By.cssSelector("#graduation-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), idea));
        UUID projectId = UUID.fromString(projectPath.substring(projectPath.lastIndexOf('/') + 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM accompaniment.follow_up_check_in WHERE project_id = ?", Integer.class,
                projectId) == 3);

        // Six months and a few days later (the check-in's due day moved back instead of the clock forward), the
        // morning schedule announces it: the follow-up is due on its page and on the home panel.
        jdbc.update("UPDATE accompaniment.follow_up_check_in SET due_on = ? WHERE project_id = ? AND months_after = 6",
                today.minusDays(1), projectId);
        followUps.announceDue();
        browser.get(url("/"));
        assertThat(Integer.parseInt(text("incubator-follow-ups").replaceAll("\\D.*$", ""))).isPositive();
        assertThat(browser.findElement(By.id("incubator-applications")).getAttribute("href"))
                .endsWith("/accompaniment/applications?decision=PENDING");
        click(By.id("incubator-follow-ups"));
        assertThat(text("check-ins-due")).contains(idea, "6 mois");
    }

    private void signOut() {
        click(By.cssSelector("form[action='/logout'] button"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    private void signIn(String username, String password) {
        browser.get(url("/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        type("username", username);
        type("password", password);
        click(By.cssSelector("form.form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bonjour"));
    }

    private MemberId member(String name, String representative, String email) {
        return registration.register(new RegisterMember(new MemberDetails(name, LegalForm.SCOP, null,
                "Morcenx-la-Nouvelle", new Representative(representative, email, null)), LocalDate.of(2024, 9, 1)));
    }

    private ApplicationId scoredApplication(UUID cohortId, String title) {
        ApplicationId id = selection.apply(new Apply(cohortId, null, title, null, "Porteur de " + title, null));
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String criterion : CRITERIA.split("\n")) {
            scores.put(criterion, 3);
        }
        selection.score(new Score(id, versionOf(id), scores));
        return id;
    }

    private UUID admitSeeded(UUID cohortId, String title) {
        ApplicationId id = scoredApplication(cohortId, title);
        return selection.admit(new Decide(id, versionOf(id), "Retenu par le jury."));
    }

    private Long versionOf(ApplicationId id) {
        return findApplications.application(id).orElseThrow().getVersion();
    }

    private void coachingGrant(LocalDate today) {
        int year = today.getYear();
        LocalDate start = LocalDate.of(year, 1, 1);
        Money amount = Money.of("45.00").times(new BigDecimal("40"));
        FunderId funder = funders.record(new FunderDetails("Région Nouvelle-Aquitaine", FunderKind.REGION, null,
                null, null));
        FundingApplicationId application = fundingApplications.start(new ApplicationDetails(funder, null,
                "Incubateur " + year, FundedPillar.ACCOMPANIMENT, amount));
        fundingApplications.changeStatus(new ChangeStatus(application, 0L, ApplicationStatus.SUBMITTED, today, null,
                null, null, null));
        GrantId grant = fundingApplications.changeStatus(new ChangeStatus(application, 1L, ApplicationStatus.GRANTED,
                today, null, amount, start, LocalDate.of(year, 12, 31))).orElseThrow();
        grants.addEarmark(grant, grants.byId(grant).orElseThrow().getVersion(),
                Earmark.coachingHours(Money.of("45.00"), new BigDecimal("40")));
    }
}
