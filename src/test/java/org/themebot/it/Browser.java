package org.themebot.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through chromium-driver (no downloads by Selenium Manager),
 * one per test class. A failed test leaves a screenshot of the page in target/screenshots/; files
 * the page downloads land in target/downloads/. Without chromium the tests are skipped with the
 * reason: .ci/run installs it.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Path downloads = Path.of("target", "downloads").toAbsolutePath();
    private WebDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        Files.createDirectories(downloads);
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900")
                .setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                        "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path saved = folder.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + ".png");
            Files.copy(shot.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
            System.err.println("screenshot of the failure: " + saved.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.err.println("no screenshot of the failure: " + e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens the sandbox page and waits until it shows the workspace. */
    public WebDriver open(URI page) {
        driver.get(page.toString());
        waiting().until(d -> !d.findElements(By.cssSelector("#channels .conversation")).isEmpty());
        return driver;
    }

    /** Waits for the page, which re-renders what changed while it is being read. */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** A file the page downloaded, once it is complete. */
    public Path awaitDownload(String name) {
        Path file = downloads.resolve(name);
        Optional<Path> done = Optional.ofNullable(FakeSlack.waitFor(
                () -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")) ? file : null,
                PATIENCE));
        return done.orElseThrow(() -> new UncheckedIOException(new IOException("no download " + file)));
    }
}
