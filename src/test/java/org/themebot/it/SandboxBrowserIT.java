package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The sandbox page in a real browser, as a newcomer uses it: type into the message box, read the
 * bot's replies, switch who is typing, load the demo, press a button and download the file.
 * In order: the group set up first is used by the tests after it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxBrowserIT {

    @RegisterExtension
    static final SandboxPage page = new SandboxPage();

    @RegisterExtension
    static final Browser browser = new Browser();

    static WebDriver driver;

    @BeforeAll
    static void openThePage() {
        driver = browser.open(page.client().base());
    }

    @Test
    @Order(1)
    void themegroupSetupTypedInGeneralGetsTheBotsReply() {
        open("# general");

        type("/themegroup setup name Browser Theme Group chair @Sue Bent secretary @Debbie Briggs");

        WebElement reply = awaitPost("now the home of");
        assertThat(reply.getText()).contains("Browser Theme Group", "Only visible to you", "@Sue Bent");
        assertThat(reply.findElements(By.cssSelector(".mention"))).extracting(WebElement::getText)
                .contains("@Sue Bent", "@Debbie Briggs");
    }

    @Test
    @Order(2)
    void aScriptTypedAsActionTextIsShownAsText() {
        type("/action add <script>window.injected = true</script> | @Sue Bent | Sept 08");

        WebElement added = awaitPost("A1 added");
        assertThat(added.getText()).contains("<script>window.injected = true</script>");
        assertThat(driver.findElements(By.cssSelector("#posts script"))).isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript("return window.injected === undefined")).isEqualTo(true);
    }

    @Test
    @Order(3)
    void theBotsMrkdwnShowsAsBoldMentionsAndQuotes() {
        type("/action done A1 sent round & done");

        WebElement done = awaitPost("done by");
        assertThat(done.findElement(By.cssSelector("strong")).getText()).isEqualTo("A1");
        assertThat(done.findElement(By.cssSelector(".mention")).getText()).isEqualTo("@Debbie Briggs");
        assertThat(done.findElement(By.cssSelector("blockquote")).getText()).isEqualTo("sent round & done");
    }

    @Test
    @Order(4)
    void anotherPersonSeesTheChannelButNotTheTypersEphemerals() {
        new Select(driver.findElement(By.id("person"))).selectByVisibleText("Balbir Sohal");

        awaitPost("A1 added");
        assertThat(driver.findElement(By.id("posts")).getText()).doesNotContain("now the home of", "/themegroup");

        new Select(driver.findElement(By.id("person"))).selectByVisibleText("Debbie Briggs");
        awaitPost("now the home of");
    }

    @Test
    @Order(5)
    void theChairsDigestArrivesInTheirDirectMessagesNamingTheChannel() {
        type("/themegroup digest now");
        new Select(driver.findElement(By.id("person"))).selectByVisibleText("Sue Bent");
        open("themebot");

        WebElement digest = awaitPost("Browser Theme Group");
        assertThat(digest.getText()).contains("#general").doesNotContain("C02GENERAL");
        new Select(driver.findElement(By.id("person"))).selectByVisibleText("Debbie Briggs");
    }

    @Test
    @Order(6)
    void theDemoMeetingsExportButtonUploadsNotesThatDownload() throws IOException {
        driver.findElement(By.id("demo")).click();
        awaitPost("Meeting M1 ended");

        click(() -> awaitPost("Meeting M1 ended").findElement(By.xpath(".//button[normalize-space()='Export md']")));
        click(() -> driver.findElement(By.xpath("//a[contains(@class,'file')][contains(., 'action-notes-2008-09-03.md')]")));

        String notes = Files.readString(browser.awaitDownload("action-notes-2008-09-03.md"), StandardCharsets.UTF_8);
        assertThat(notes).contains("Equalities and Communities Theme Group", "Forward the Home Office Toolkit");
    }

    // ---- what a person does on the page

    private static void open(String conversation) {
        driver.findElement(By.xpath("//button[contains(@class,'conversation')][normalize-space()='" + conversation + "']"))
                .click();
    }

    private static void type(String text) {
        WebElement box = driver.findElement(By.id("text"));
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    /** Clicks what the supplier finds, finding it again if the page re-rendered it meanwhile. */
    private static void click(Supplier<WebElement> target) {
        browser.waiting().until(d -> {
            target.get().click();
            return true;
        });
    }

    /** The newest post whose text contains the words, once it shows. */
    private static WebElement awaitPost(String words) {
        return browser.waiting().withMessage(() -> "a post with \"" + words + "\"").until(d -> {
            var posts = d.findElements(By.cssSelector("#posts .post")).stream()
                    .filter(p -> p.getText().contains(words)).toList();
            return posts.isEmpty() ? null : posts.get(posts.size() - 1);
        });
    }
}
