package fr.ploucs.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator renames a member and moves it to another commune in cooperation's form: accompaniment's and
 * awareness's member lists follow (through the event publication registry, MemberDetailsChanged), and the
 * coordinators' inbox says so.
 */
class MemberDetailsBrowserTest extends BrowserTest {

    @Test
    void a_renamed_member_moved_to_another_commune_shows_so_in_accompaniment_and_awareness() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Ressourcerie des Landes " + suffix;
        String renamed = "Ressourcerie coopérative " + suffix;
        signInAsCoordinator();

        click(By.linkText("Structures membres"));
        click(By.linkText("Enregistrer une structure"));
        type("name", name);
        new Select(browser.findElement(By.id("legalForm"))).selectByVisibleText("SCIC");
        type("commune", "Mont-de-Marsan");
        typeDate("joinedOn", LocalDate.of(2024, 3, 12));
        type("representativeName", "Inès Laborde");
        type("representativeEmail", "ines@ressourcerie.example");
        click(By.cssSelector("form.form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));

        assertThat(rowOf("/accompaniment/members", name)).contains("Mont-de-Marsan");
        assertThat(rowOf("/awareness/members", name)).contains("Mont-de-Marsan");

        browser.get(url("/cooperation/members"));
        type("q", name);
        click(By.linkText(name));
        click(By.linkText("Modifier la fiche"));
        type("name", renamed);
        type("commune", "Morcenx-la-Nouvelle (40110)");
        click(By.cssSelector("form.form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), renamed));

        String coaching = rowOf("/accompaniment/members", renamed);
        assertThat(coaching).contains("Morcenx-la-Nouvelle").doesNotContain("Mont-de-Marsan");
        String facilitating = rowOf("/awareness/members", renamed);
        assertThat(facilitating).contains("Morcenx-la-Nouvelle").doesNotContain("Mont-de-Marsan");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(name);

        click(By.id("notifications-link"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notifications"),
                "La structure " + renamed + " a mis à jour ses informations : commune Morcenx-la-Nouvelle"));
    }

    /** The row of that member in a pillar's list, once the pillar has heard of it (events arrive after commit). */
    private String rowOf(String list, String memberName) {
        return wait.until(driver -> {
            driver.get(url(list));
            return driver.findElements(By.cssSelector("main tbody tr")).stream()
                    .filter(row -> row.getText().contains(memberName))
                    .map(row -> row.getText())
                    .findFirst()
                    .orElse(null);
        });
    }
}
