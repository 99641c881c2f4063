package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A modal in a real browser: its inputs, an update by the bot that keeps what was typed and where
 * the focus was, errors, submission. Chromium runs in en-US here: the page still writes dates
 * dd/mm/yyyy and times 24-hour, as the workspace's locale (en-GB) says.
 */
class SandboxModalBrowserIT {

    @RegisterExtension
    static final StandInBot bot = new StandInBot();

    @RegisterExtension
    static final Browser browser = new Browser("en-US");

    static WebDriver driver;

    @BeforeEach
    void openThePage() {
        driver = browser.open(bot.client().base());
    }

    @Test
    void aModalKeepsWhatWasTypedWhenUpdatedShowsErrorsAndCloses() {
        browser.openConversation("# general");
        driver.findElement(By.id("text")).sendKeys("/action\n");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("modal")));
        assertThat(driver.findElement(By.id("modal-title")).getText()).isEqualTo("Record an action");
        browser.assertAccessible("a modal open");

        driver.findElement(By.id("modal-submit")).click();
        assertThat(driver.findElement(By.cssSelector("[data-block-id=text] .field-error")).getText())
                .isEqualTo("Please fill this in.");

        action().sendKeys("tbc");
        driver.findElement(By.xpath("//div[@data-block-id='owners']//label[normalize-space()='Sue Bent']")).click();
        WebElement due = driver.findElement(By.cssSelector("[data-block-id=due] input[type=text]"));
        assertThat(due.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        due.sendKeys("22/10/2008");
        driver.findElement(By.xpath("//dialog[@id='modal']//button[normalize-space()='Check']")).click();
        browser.waiting().until(d -> d.findElement(By.id("modal-blocks")).getText().contains("Checked: tbc"));
        assertThat(action().getAttribute("value")).isEqualTo("tbc");
        assertThat(driver.findElements(By.cssSelector("[data-block-id=owners] .chip"))).extracting(WebElement::getText)
                .containsExactly("Sue Bent ×");
        assertThat(driver.findElement(By.cssSelector("[data-block-id=due] input[type=text]")).getAttribute("value"))
                .isEqualTo("22/10/2008");
        assertThat(driver.switchTo().activeElement().getText()).as("the focus stays on the button pressed").isEqualTo("Check");

        driver.findElement(By.id("modal-submit")).click();
        browser.waiting().until(d -> d.findElement(By.cssSelector("[data-block-id=text] .field-error")).getText()
                .equals("Say what needs doing"));

        action().clear();
        action().sendKeys("<script>window.injected = true</script>");
        driver.findElement(By.id("modal-submit")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("modal")));
        assertThat(bot.heard()).contains("submitted <script>window.injected = true</script> [U02SUE] 2008-10-22 by U01DEBBIE");
    }

    @Test
    void postTimesAreWrittenOnTheWorkspacesTwentyFourHourClock() {
        browser.openConversation("# general");
        driver.findElement(By.id("text")).sendKeys("a message to see its time\n");

        WebElement posted = browser.awaitPost("a message to see its time");
        assertThat(posted.findElement(By.tagName("time")).getText()).matches("([01]\\d|2[0-3]):[0-5]\\d");
    }

    @Test
    void theAccessibilityCheckFailsOnAControlWithNoName() {
        ((JavascriptExecutor) driver).executeScript("document.querySelector('main').append(document.createElement('select'))");

        assertThatThrownBy(() -> browser.assertAccessible("a select with no label"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("critical select-name");
    }

    private static WebElement action() {
        return driver.findElement(By.cssSelector("[data-block-id=text] input"));
    }
}
