package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.themebot.TestClock;

/**
 * The first ten minutes of a newcomer, at a desktop's width and on a phone: open the page, load
 * the demo, read the help, add an action through the form, and press Done on it in the owner's
 * Home, with a screenshot (target/screenshots/first-ten-*) and the accessibility check after each
 * step. Each walk stands alone: loading the demo a second time says it is there already, and each
 * walk's action is its own.
 */
class SandboxFirstTenMinutesIT {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final TestClock clock = TestClock.running(TestClock.start());
    /** Typing two meetings goes through the bot line by line; a loaded machine makes it slow. */
    static final Duration DEMO_PATIENCE = Duration.ofSeconds(120);
    static final Set<String> LAID_OUT_FOR_A_PHONE = Set.of("1-opened", "4-form", "6-menu");
    static final Pattern OVERDUE = Pattern.compile("overdue by ([\\d,]+) days?");

    @RegisterExtension
    static final SandboxPage page = new SandboxPage(false, clock);

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void atADesktopsWidth() {
        walk(Browser.Screen.DESKTOP, "Book the room for the awareness week");
    }

    @Test
    void onAPhone() {
        walk(Browser.Screen.PHONE, "Ask the library about a second stall");
    }

    private void walk(Browser.Screen screen, String action) {
        WebDriver driver = browser.open(page.client().base(), screen);
        step(screen, "1-opened");
        if (screen == Browser.Screen.DESKTOP) {
            browser.assertReachableByKeyboard("opened"); // on a phone the menu and the form are tried below
        }
        assertThat(driver.findElement(By.id("demo")).isDisplayed()).as("the demo button without scrolling").isTrue();

        driver.findElement(By.id("demo")).click();
        browser.awaitPost(DEMO_PATIENCE, "Sent round by e-mail");
        browser.waiting().until(d -> !d.findElement(By.id("notice")).getText().startsWith("Loading"));
        String firstScreen = driver.findElement(By.id("posts")).getText();
        assertThat(firstScreen).contains("Meeting M1", "Meeting M2 ended").doesNotContain("⚠", "no theme group");
        assertNoOverdueCountOverAMonth(firstScreen);
        assertThat(driver.findElement(By.cssSelector("#posts .post time")).getText()).matches("\\d{2}:\\d{2}");
        step(screen, "2-demo");

        browser.type("/themebot help");
        browser.awaitPost("/action add");
        browser.waiting().until(d -> d.findElement(By.id("announcer")).getAttribute("textContent").contains("/action add"));
        step(screen, "3-help");

        addAnActionThroughTheForm(screen, action);
        step(screen, "5-added");

        if (screen == Browser.Screen.PHONE) {
            driver.findElement(By.id("menu")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("person")));
            step(screen, "6-menu");
            browser.assertReachableByKeyboard("the menu");
        }
        browser.typeAs("Sue Bent");
        browser.openConversation("themebot · Home");
        browser.waiting().until(d -> d.findElement(By.id("posts")).getText().contains(action));
        step(screen, "7-home");
        browser.click(() -> driver.findElement(By.xpath("//div[contains(@class,'bk-section')][contains(., '" + action
                + "')]/following-sibling::div[contains(@class,'bk-actions')][1]//button[normalize-space()='Done']")));
        browser.waiting().until(d -> !d.findElement(By.id("posts")).getText().contains(action));
        browser.waiting().until(d -> d.findElement(By.id("announcer")).getAttribute("textContent")
                .contains("themebot · Home: "));
        step(screen, "8-done");
    }

    /** Through the form, with a date that cannot be and then a real one, written dd/mm/yyyy. */
    private void addAnActionThroughTheForm(Browser.Screen screen, String action) {
        WebDriver driver = browser.driver();
        browser.type("/action add");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("modal")));
        browser.waiting().withMessage("the focus in the form").until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.getElementById('modal').contains(document.activeElement)"));
        assertThat(driver.findElement(By.id("modal-title")).getText()).isEqualTo("New action");
        browser.field("text", "textarea").sendKeys(action);
        WebElement date = browser.field("date", "input[type=text]");
        assertThat(date.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        if (screen == Browser.Screen.DESKTOP) {
            WebElement search = browser.field("users", "input[type=search]");
            search.sendKeys("sue");
            search.sendKeys(Keys.ENTER);
        } else {
            browser.click(() -> driver.findElement(By.xpath("//div[@data-block-id='users']//label[normalize-space()='Sue Bent']")));
        }
        browser.waiting().until(d -> d.findElement(By.cssSelector("#modal [data-block-id=users] .chip")).getText()
                .startsWith("Sue Bent"));
        date.sendKeys("31/02/2027");
        driver.findElement(By.id("modal-submit")).click();
        browser.waiting().until(d -> d.findElement(By.cssSelector("#modal [data-block-id=date] .field-error")).getText()
                .contains("There is no 31/02/2027"));
        step(screen, "4-form");
        browser.assertReachableByKeyboard("the form");

        LocalDate due = LocalDate.ofInstant(clock.instant(), LONDON).plusDays(5);
        date.clear();
        date.sendKeys(due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        driver.findElement(By.id("modal-submit")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("modal")));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the focus is back in the message box")
                .isEqualTo("text");
        assertThat(browser.awaitPost(action).getText()).contains("added", "Sue Bent",
                due.format(DateTimeFormatter.ofPattern("d MMM yyyy")));
    }

    /**
     * The accessibility check and a screenshot. On a phone the check runs where the page is laid
     * out for it (the menu button, the menu, the form); elsewhere it shows the desktop's page,
     * already checked, at another width, and the check is a few CPU seconds each time.
     */
    private static void step(Browser.Screen screen, String step) {
        String name = "first-ten-" + screen.name().toLowerCase() + "-" + step;
        if (screen == Browser.Screen.DESKTOP || LAID_OUT_FOR_A_PHONE.contains(step)) {
            browser.assertAccessible(name);
        }
        browser.screenshot(name);
    }

    private static void assertNoOverdueCountOverAMonth(String text) {
        Matcher overdue = OVERDUE.matcher(text);
        while (overdue.find()) {
            assertThat(Integer.parseInt(overdue.group(1).replace(",", ""))).as(overdue.group()).isLessThanOrEqualTo(31);
        }
    }
}
