package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A modal in a real browser: its inputs, an update by the bot that keeps what was typed, errors, submission. */
class SandboxModalBrowserIT {

    @RegisterExtension
    static final StandInBot bot = new StandInBot();

    @RegisterExtension
    static final Browser browser = new Browser();

    static WebDriver driver;

    @BeforeAll
    static void openThePage() {
        driver = browser.open(bot.client().base());
    }

    @Test
    void aModalKeepsWhatWasTypedWhenUpdatedShowsErrorsAndCloses() {
        driver.findElement(By.xpath("//button[normalize-space()='# general']")).click();
        driver.findElement(By.id("text")).sendKeys("/action\n");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("modal")));
        assertThat(driver.findElement(By.id("modal-title")).getText()).isEqualTo("Record an action");

        driver.findElement(By.id("modal-submit")).click();
        assertThat(driver.findElement(By.cssSelector("[data-block-id=text] .field-error")).getText())
                .isEqualTo("Please fill this in.");

        action().sendKeys("tbc");
        new Select(driver.findElement(By.cssSelector("[data-block-id=owners] select"))).selectByVisibleText("Sue Bent");
        driver.findElement(By.xpath("//div[@id='modal']//button[normalize-space()='Check']")).click();
        browser.waiting().until(d -> d.findElement(By.id("modal-blocks")).getText().contains("Checked: tbc"));
        assertThat(action().getAttribute("value")).isEqualTo("tbc");
        assertThat(new Select(driver.findElement(By.cssSelector("[data-block-id=owners] select")))
                .getAllSelectedOptions()).extracting(WebElement::getText).containsExactly("Sue Bent");

        driver.findElement(By.id("modal-submit")).click();
        browser.waiting().until(d -> d.findElement(By.cssSelector("[data-block-id=text] .field-error")).getText()
                .equals("Say what needs doing"));

        action().clear();
        action().sendKeys("<script>window.injected = true</script>");
        driver.findElement(By.id("modal-submit")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("modal")));
        assertThat(bot.heard()).contains("submitted <script>window.injected = true</script> [U02SUE] null by U01DEBBIE");
    }

    private static WebElement action() {
        return driver.findElement(By.cssSelector("[data-block-id=text] input"));
    }
}
