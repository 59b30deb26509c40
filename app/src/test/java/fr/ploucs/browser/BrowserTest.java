package fr.ploucs.browser;

import fr.ploucs.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The application on a real port and a real headless Chromium driven as a coordinator would: what every browser
 * test shares. The last screen of each test is kept in {@code target/screenshots} to look at when one fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    private static final DateTimeFormatter DATE_TIME_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        // While a page is being replaced, Chromium may report an element of the old page as "not belonging to the
        // document" (a plain WebDriverException, not a stale element): that is a moment to poll again, not a failure.
        wait.ignoring(StaleElementReferenceException.class, WebDriverException.class);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (browser != null) {
            screenshot(test.getTestMethod().orElseThrow().getName());
            browser.quit();
        }
    }

    void signInAsCoordinator() {
        browser.get(url("/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        type("username", SignedIn.COORDINATOR);
        type("password", SignedIn.COORDINATOR_PASSWORD);
        click(By.cssSelector("form.form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bonjour"));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    long unreadCount() {
        return Long.parseLong(browser.findElement(By.cssSelector("#unread-count > span")).getText().trim());
    }

    void type(String id, String value) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(value);
    }

    /** Date inputs take the date through the browser's own widget; set its value as a person picking a day would. */
    void typeDate(String id, LocalDate date) {
        setValue(id, date.format(DateTimeFormatter.ISO_LOCAL_DATE));
    }

    /** The same for a datetime-local field: a day and a time picked in the widget. */
    void typeDateTime(String id, LocalDateTime value) {
        setValue(id, value.format(DATE_TIME_LOCAL));
    }

    private void setValue(String id, String value) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", field, value);
    }

    /** Opens a pillar from the header, then one of its features from the pillar's own navigation. */
    void openFeature(String pillar, String feature) {
        click(By.xpath("//nav[contains(@class, 'main-nav')]//a[normalize-space()='" + pillar + "']"));
        click(By.xpath("//nav[@id='pillar-nav']//a[normalize-space()='" + feature + "']"));
    }

    /** Clicks once the element is clickable; when htmx replaces it meanwhile (a search refreshing), tries again. */
    void click(By locator) {
        wait.until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
            if (element == null) {
                return null;
            }
            try {
                element.click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return null;
            }
        });
    }

    String text(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText().trim();
    }

    void screenshot(String name) {
        try {
            Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
