package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium as its headless shell (the same Blink engine without the browser's own window
 * and UI processes: about a third less CPU than chromium --headless=new across the browser tests),
 * driven through chromium-driver (no downloads by Selenium Manager), one per test class, and what
 * a person does with it on the sandbox page. It runs in en-GB unless told otherwise (the page must
 * not depend on it). A failed test leaves a screenshot in target/screenshots/; files the page
 * downloads land in target/downloads/{test class}/, emptied when the browser starts, so a file
 * from an earlier run is never taken for this one's. The accessibility check is axe-core, from
 * its webjar on the test classpath. Without them the tests are skipped with the reason: .ci/run
 * installs them.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    /** The sizes the page is tried at: a desktop's window, and a phone's screen with touch. */
    public enum Screen {
        DESKTOP(1280, 900, false), PHONE(390, 844, true);

        final int width;
        final int height;
        final boolean mobile;

        Screen(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    /** The browser itself: /usr/bin's wrapper script does not exec it, and a quit would leave it running. */
    private static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium-headless-shell");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Waits are for what the person would see; a loaded machine only makes them longer. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final String language;
    private Path downloads;
    private ChromeDriver driver;
    private Screen screen = Screen.DESKTOP;

    public Browser() {
        this("en-GB");
    }

    /** language: what Chromium runs in (its --lang), e.g. "en-US" to show the page does not follow it. */
    public Browser(String language) {
        this.language = language;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's chromium-headless-shell and chromium-driver: "
                        + "apt-get install -y chromium-headless-shell chromium-driver");
        downloads = Path.of("target", "downloads", context.getRequiredTestClass().getSimpleName()).toAbsolutePath();
        Files.createDirectories(downloads);
        try (var earlier = Files.list(downloads)) {
            for (Path file : earlier.toList()) {
                Files.delete(file);
            }
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--lang=" + language, "--window-size=1280,900")
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // The headless shell has no download settings of its own: it is told where files go.
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver != null) {
            screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                    + "-failed");
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens the sandbox page at a desktop's size and waits until it shows the workspace. */
    public WebDriver open(URI page) {
        return open(page, Screen.DESKTOP);
    }

    /**
     * Opens the sandbox page afresh at that size (a phone's with touch), as someone who has never
     * used it, and waits until it shows the workspace.
     */
    public WebDriver open(URI page, Screen size) {
        screen = size;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width,
                "height", size.height, "deviceScaleFactor", 1, "mobile", size.mobile));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", size.mobile));
        // A newcomer: no person or conversation remembered from an earlier test on the same page.
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", page.resolve("/").toString()
                .replaceAll("/$", ""), "storageTypes", "local_storage"));
        driver.get(page.toString());
        assertThat(driver.executeScript("return localStorage.length")).as("nothing remembered").isEqualTo(0L);
        waiting().until(d -> !d.findElements(By.cssSelector("#channels .conversation")).isEmpty());
        return driver;
    }

    /** Waits for the page, which re-renders what changed while it is being read. */
    public WebDriverWait waiting() {
        return waiting(PATIENCE);
    }

    public WebDriverWait waiting(Duration patience) {
        // Selenium looks every 500 ms unless told: a quarter of a second lost, on average, at every step
        WebDriverWait wait = new WebDriverWait(driver, patience, POLL);
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

    // ---- what a person does on the sandbox page

    /** Opens a conversation of the sidebar ("# general", "themebot", "themebot · Home"), through the menu on a phone. */
    public void openConversation(String name) {
        showSidebar();
        click(() -> driver.findElement(By.xpath("//button[contains(@class,'conversation')][normalize-space()='"
                + name + "']")));
        waiting().until(d -> !d.findElement(By.id("sidebar")).getAttribute("class").contains("open"));
    }

    /** Picks who is typing, through the menu on a phone. */
    public void typeAs(String person) {
        showSidebar();
        new Select(driver.findElement(By.id("person"))).selectByVisibleText(person);
        // The page has redrawn the conversation for them once the message box says who is typing.
        waiting().until(d -> d.findElement(By.id("text")).getAttribute("placeholder").contains(" as " + person));
        if (screen.mobile) {
            driver.findElement(By.id("person")).sendKeys(Keys.ESCAPE);
            waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("person")));
        }
    }

    private void showSidebar() {
        if (screen.mobile && !driver.findElement(By.id("sidebar")).getAttribute("class").contains("open")) {
            driver.findElement(By.id("menu")).click();
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("person")));
        }
    }

    /** Types into the message box and sends it with Enter. */
    public void type(String text) {
        WebElement box = driver.findElement(By.id("text"));
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    /** Clicks what the supplier finds, finding it again if the page re-rendered it meanwhile. */
    public void click(Supplier<WebElement> target) {
        waiting().until(d -> {
            target.get().click();
            return true;
        });
    }

    /** The newest post (a typed command aside) whose text contains all the words, once it shows. */
    public WebElement awaitPost(String... words) {
        return awaitPost(PATIENCE, words);
    }

    /**
     * The last post showing all the words, looked for in one script per look: reading each post's
     * text through WebDriver, a round trip per post every 50 ms, kept Chromium busy for minutes.
     */
    public WebElement awaitPost(Duration patience, String... words) {
        return waiting(patience).withMessage(() -> "a post with " + List.of(words)).until(d -> (WebElement)
                ((JavascriptExecutor) d).executeScript("const words = arguments[0];"
                        + "const posts = [...document.querySelectorAll('#posts .post:not(.typed)')]"
                        + ".filter(post => words.every(word => post.innerText.includes(word)));"
                        + "return posts.length ? posts[posts.length - 1] : null;", List.of(words)));
    }

    /** The control of a modal's input block. */
    public WebElement field(String blockId, String control) {
        return driver.findElement(By.cssSelector("#modal [data-block-id=" + blockId + "] " + control));
    }

    // ---- looking at the page

    /** Saves what the page looks like now as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Path saved = Files.createDirectories(SCREENSHOTS).resolve(name + ".png");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
            return saved;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core over the page as it is now (an open modal included) and fails on any serious
     * or critical violation, naming the rule, what it asks and where.
     */
    public void assertAccessible(String step) {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(axeSource());
        }
        Object found = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error',"
                + " impact: 'critical', help: String(e), nodes: []}])));");
        List<String> problems = new ArrayList<>();
        try {
            for (JsonNode violation : new ObjectMapper().readTree(String.valueOf(found))) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> where = new ArrayList<>();
                    violation.path("nodes").forEach(n -> where.add(n.path("target").toString()));
                    problems.add(impact + " " + violation.path("id").asText() + ": " + violation.path("help").asText()
                            + " at " + where);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(problems).as("accessibility of the page at step \"%s\" (%s)", step, screen).isEmpty();
    }

    /**
     * Presses Tab through the page (through the open modal only, when there is one) and fails
     * unless every visible control took the focus on the way.
     */
    public void assertReachableByKeyboard(String step) {
        JavascriptExecutor js = driver;
        // Each control that takes the focus is noted by the page itself, so the presses go in one
        // burst rather than one round trip to the browser each.
        @SuppressWarnings("unchecked")
        List<String> controls = (List<String>) js.executeScript("""
                const dialog = document.querySelector('dialog[open]');
                const within = dialog || document;
                const shown = e => e.checkVisibility({checkVisibilityCSS: true});
                const all = [...within.querySelectorAll('button, input, select, textarea, summary, a[href], [tabindex]')]
                  .filter(e => e.tabIndex >= 0 && !e.disabled && !e.closest('[inert]') && shown(e));
                all.forEach((e, i) => { e.dataset.keyboard = String(i); });
                document.activeElement.blur();
                window.keyboardReached = new Set();
                window.keyboardNote = e => { if (e.target.dataset.keyboard) window.keyboardReached.add(e.target.dataset.keyboard); };
                document.addEventListener('focusin', window.keyboardNote, true);
                return all.map(e => e.dataset.keyboard);""");
        Actions presses = new Actions(driver);
        for (int i = 0; i < controls.size() + 3; i++) {
            presses.sendKeys(Keys.TAB);
        }
        presses.perform();
        @SuppressWarnings("unchecked")
        List<String> missed = (List<String>) js.executeScript("""
                document.removeEventListener('focusin', window.keyboardNote, true);
                return arguments[0].filter(i => !window.keyboardReached.has(i))
                  .map(i => document.querySelector(`[data-keyboard='${i}']`).outerHTML.slice(0, 120));""", controls);
        assertThat(missed).as("controls Tab never reached at step \"%s\" (%s)", step, screen).isEmpty();
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream(AXE)) {
            assertThat(in).as("axe-core on the test classpath (org.webjars.npm:axe-core)").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
