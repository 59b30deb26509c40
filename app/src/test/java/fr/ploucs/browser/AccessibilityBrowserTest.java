package fr.ploucs.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase.RegisterMember;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinators' main screens checked with axe-core (WCAG 2.1 A and AA rules) in the real browser: labels,
 * landmarks, contrast, names of links and buttons. Serious and critical findings fail the build.
 */
class AccessibilityBrowserTest extends BrowserTest {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Autowired
    RegisterMemberUseCase registration;

    @Test
    void the_main_screens_have_no_serious_accessibility_problem() {
        MemberId member = registration.register(new RegisterMember(new MemberDetails(
                "Accès " + UUID.randomUUID().toString().substring(0, 6), LegalForm.SCIC, null, "Morcenx-la-Nouvelle",
                new Representative("Lou Martin", "lou@example.org", null)), LocalDate.of(2024, 9, 1)));
        List<String> problems = new ArrayList<>();

        browser.get(url("/login"));
        problems.addAll(check("/login"));
        signInAsCoordinator();
        for (String path : List.of("/", "/cooperation/members", "/cooperation/members/new",
                "/cooperation/members/" + member, "/cooperation/members/" + member + "/representative",
                "/cooperation/dues", "/cooperation/engagement/reengage", "/cooperation/resources",
                "/cooperation/bookings", "/cooperation/exchanges", "/cooperation/training",
                "/cooperation/funding/applications", "/cooperation/payments", "/cooperation/partners",
                "/accompaniment/members", "/awareness/members", "/notifications", "/accounts", "/accounts/new", "/account",
                "/nulle-part")) {
            browser.get(url(path));
            problems.addAll(check(path));
        }
        browser.get(url("/cooperation/members/new"));
        click(By.cssSelector("form.form button[type=submit]"));
        problems.addAll(check("/cooperation/members/new, refused"));

        assertThat(problems).as("serious or critical accessibility problems").isEmpty();
    }

    @Test
    void the_check_sees_a_deliberate_problem() {
        browser.get(url("/login"));
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/css/none.png\">')");

        assertThat(check("/login, broken on purpose")).anySatisfy(problem -> assertThat(problem).contains("image-alt"));
    }

    private List<String> check(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        assertThat(results.getPasses()).as("axe ran on " + page).isNotEmpty();
        List<String> found = new ArrayList<>();
        for (Rule violation : results.getViolations()) {
            if (BLOCKING.contains(violation.getImpact())) {
                violation.getNodes().forEach(node -> found.add(page + " — " + violation.getId() + ": "
                        + violation.getHelp() + " — " + node.getTarget()));
            }
        }
        return found;
    }
}
