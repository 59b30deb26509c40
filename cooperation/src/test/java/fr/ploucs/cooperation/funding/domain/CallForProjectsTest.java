package fr.ploucs.cooperation.funding.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.ploucs.cooperation.funding.domain.FundingApplicationTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class CallForProjectsTest {

    private final FunderId funder = FunderId.newId();

    @Test
    void a_call_is_overdue_the_day_after_its_deadline() {
        CallForProjects call = CallForProjects.publish(CallForProjectsId.newId(), new CallDetails(funder,
                "Appel ESS 2026", "https://www.landes.fr/aap", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null));

        assertThat(call.overdueOn(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(call.daysLeft(LocalDate.of(2026, 3, 1))).isEqualTo(30);
        assertThat(call.overdueOn(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(call.daysLeft(LocalDate.of(2026, 4, 2))).isEqualTo(-2);
    }

    @Test
    void the_deadline_is_not_before_the_opening_and_the_link_is_a_web_address() {
        assertRefused("funding.call.rule.deadline-before-opening", () -> new CallDetails(funder, "Appel", null,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28), null));
        assertRefused("funding.call.rule.link", () -> new CallDetails(funder, "Appel", "javascript:alert(1)",
                null, LocalDate.of(2026, 2, 28), null));
        assertThat(CallDetails.isWebLink("https://www.europe-en-nouvelle-aquitaine.eu/leader")).isTrue();
        assertThat(CallDetails.isWebLink("www.landes.fr")).isFalse();
    }
}
