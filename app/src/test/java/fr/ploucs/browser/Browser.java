package fr.ploucs.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's headless Chromium and ChromeDriver, named explicitly so that Selenium never tries to download a browser.
 * Without them the browser tests are skipped, except under {@code CI=true}, where a missing browser fails the run.
 */
final class Browser {

    static final String CHROMIUM = envOr("PLOUCS_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = envOr("PLOUCS_CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final String HOW_TO_INSTALL =
            "Browser tests need Chromium and ChromeDriver: apt-get install chromium chromium-driver "
                    + "(or set PLOUCS_CHROMIUM and PLOUCS_CHROMEDRIVER).";

    private Browser() {
    }

    static WebDriver start() {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and no browser: " + HOW_TO_INSTALL);
            }
            Assumptions.abort(HOW_TO_INSTALL);
        }
        try {
            Path profile = Files.createTempDirectory("ploucs-chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM)
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-quic", "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--lang=fr-FR",
                            "--window-size=1280,1000", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            return driver;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
