package fr.ploucs.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** The header shows the pillars; a pillar's features are in its own navigation, reached with the keyboard alone. */
class NavigationBrowserTest extends BrowserTest {

    @Test
    void a_pillars_features_are_in_its_own_navigation_not_in_the_header_and_reached_with_the_keyboard() {
        signInAsCoordinator();
        WebElement cooperation = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//nav[contains(@class, 'main-nav')]//a[normalize-space()='Coopération']")));
        cooperation.sendKeys(Keys.ENTER);

        WebElement pillarNav = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pillar-nav")));
        assertThat(pillarNav.getDomAttribute("aria-label")).isEqualTo("Menu Coopération");
        assertThat(pillarNav.getText()).contains("Structures membres", "Cotisations", "Ressources mutualisées",
                "Financements", "Partenaires et territoire");
        String header = browser.findElement(By.cssSelector("nav.main-nav")).getText();
        assertThat(header).contains("Coopération", "Accompagnement", "Sensibilisation", "Comptes")
                .doesNotContain("Cotisations", "Structures membres", "Financements");

        WebElement dues = pillarNav.findElement(By.linkText("Cotisations"));
        dues.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(
                By.xpath("//nav[@id='pillar-nav']//a[normalize-space()='Cotisations']"), "aria-current", "true"));
        assertThat(browser.findElement(By.xpath("//nav[contains(@class, 'main-nav')]//a[normalize-space()='Coopération']"))
                .getDomAttribute("aria-current")).isEqualTo("true");

        browser.findElement(By.xpath("//nav[contains(@class, 'main-nav')]//a[normalize-space()='Accompagnement']"))
                .sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(
                By.xpath("//nav[@id='pillar-nav']//a[normalize-space()='Structures accompagnatrices']"),
                "aria-current", "page"));
        assertThat(browser.findElement(By.id("pillar-nav")).getText()).doesNotContain("Cotisations");
    }
}
