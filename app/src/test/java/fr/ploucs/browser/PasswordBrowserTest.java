package fr.ploucs.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator opens an account with a temporary password; the person, at their first login, must choose their own
 * before anything else, and a weak one is refused next to the field.
 */
class PasswordBrowserTest extends BrowserTest {

    @Test
    void a_temporary_password_is_replaced_at_the_first_login() {
        String username = "camille-" + UUID.randomUUID().toString().substring(0, 6);
        signInAsCoordinator();
        browser.get(url("/accounts/new"));
        type("displayName", "Camille Dupuy");
        type("username", username);
        type("password", "Provisoire-Pour-Lundi");
        assertThat(browser.findElement(By.id("mustChangePassword1")).isSelected()).isTrue();
        click(By.cssSelector("input[name=role][value=COORDINATOR]"));
        click(By.cssSelector("form.form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"), "créé"));
        click(By.cssSelector("form[action='/logout'] button"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        type("username", username);
        type("password", "Provisoire-Pour-Lundi");
        click(By.cssSelector("form.form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Changer mon mot de passe"));
        browser.get(url("/cooperation/members"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Changer mon mot de passe"));

        type("currentPassword", "Provisoire-Pour-Lundi");
        type("newPassword", "motdepasse2026!");
        type("confirmation", "motdepasse2026!");
        click(By.cssSelector("form.form button[type=submit]"));
        assertThat(text("newPassword-error")).contains("trop courant");

        type("currentPassword", "Provisoire-Pour-Lundi");
        type("newPassword", "Barque-Jaune-Dans-Les-Pins");
        type("confirmation", "Barque-Jaune-Dans-Les-Pins");
        click(By.cssSelector("form.form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"),
                "Votre mot de passe a été changé"));
        browser.get(url("/"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bonjour"));
    }
}
