package fr.ploucs.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator reads a year's reach by audience as a chart (ECharts from its webjar, under the page's CSP) with its
 * table, and records a workshop whose idea, its author having agreed to be contacted, is passed on to accompaniment.
 */
class AwarenessReachBrowserTest extends BrowserTest {

    /** A year no other test delivers sessions in. */
    private static final int YEAR = 2007;

    @Autowired
    JdbcClient jdbc;

    @Test
    void reads_the_years_reach_by_audience_as_a_chart_next_to_its_table() {
        deliveredSession(LocalDate.of(YEAR, 3, 12), "{YOUTH,TEACHERS}", 27);
        deliveredSession(LocalDate.of(YEAR, 5, 4), "{ELECTED_OFFICIALS}", 9);
        signInAsCoordinator();

        openFeature("Sensibilisation", "Portée");
        new Select(browser.findElement(By.id("year"))).selectByVisibleText(Integer.toString(YEAR));
        click(By.cssSelector("#year-form button[type=submit]"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reach-audiences-title"),
                "Personnes touchées par public en " + YEAR));
        // ECharts draws into a canvas inside the chart's container: the library was served and ran under the CSP.
        WebElement canvas = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#reach-audiences-chart canvas")));
        assertThat(canvas.getSize().getHeight()).isGreaterThan(100);
        Object drawn = ((JavascriptExecutor) browser).executeScript(
                "var chart = echarts.getInstanceByDom(document.getElementById('reach-audiences-chart'));"
                        + "return chart.getOption().series[0].data;");
        assertThat(drawn.toString()).isEqualTo("[27, 9, 27]");
        assertThat(text("reach-audiences")).contains("Jeunes").contains("Élu·es").contains("Enseignant·es");
    }

    @Test
    void records_a_workshop_whose_idea_is_passed_on_with_its_authors_consent() {
        signInAsCoordinator();

        openFeature("Sensibilisation", "Ateliers");
        click(By.id("record-workshop"));
        String theme = "Transports " + UUID.randomUUID().toString().substring(0, 8);
        type("theme", theme);
        typeDate("heldOn", LocalDate.now().minusDays(2));
        type("communeCode", "morcenx");
        WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#communeCode-suggestions option[value='Morcenx-la-Nouvelle (40110)']")));
        type("communeCode", option.getDomAttribute("value"));
        type("participants", "16");
        click(By.cssSelector("#workshop-form button[type=submit]"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), theme));
        type("title", "Une navette vers le lycée");
        type("authorName", "Inès");
        type("authorContact", "ines@exemple.fr");
        typeDate("consentGivenOn", LocalDate.now().minusDays(1));
        click(By.cssSelector("#idea-form button[type=submit]"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"),
                "L’idée est notée et transmise à l’accompagnement."));
        assertThat(text("ideas")).contains("Une navette vers le lycée").contains("ines@exemple.fr")
                .contains("Transmise à l’accompagnement");
    }

    private void deliveredSession(LocalDate date, String audiences, int participants) {
        UUID requester = UUID.randomUUID();
        jdbc.sql("insert into awareness.requester (id, name, kind) values (?, 'Lycée Jean Rostand', 'SCHOOL')")
                .param(requester).update();
        jdbc.sql("""
                        insert into awareness.session (id, requester_id, title, date, commune_code, audiences,
                            expected_participants, actual_participants, tool_used, status, version)
                        values (:id, :requester, 'L’ESS, c’est quoi ?', :date, '40197', cast(:audiences as text[]), 25,
                            :actual, 'Jeu de rôle', 'DELIVERED', 0)""")
                .param("id", UUID.randomUUID()).param("requester", requester).param("date", date)
                .param("audiences", audiences).param("actual", participants).update();
    }
}
