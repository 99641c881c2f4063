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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The sandbox page in a real browser, as a newcomer uses it: type into the message box, read the
 * bot's replies, switch who is typing, add an action through the form, press Done on it in App
 * Home, record a message as an action, load the demo, press a button and download the file.
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
    void anActionAddedThroughTheFormIsConfirmedInTheChannel() {
        open("# general");
        type("/action add");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("modal")));
        assertThat(driver.findElement(By.id("modal-title")).getText()).isEqualTo("New action");

        field("text", "textarea").sendKeys("Book the room for October");
        new Select(field("users", "select")).selectByVisibleText("Sue Bent");
        field("timescale", "input").sendKeys("31/02/09");
        driver.findElement(By.id("modal-submit")).click();
        browser.waiting().until(d -> !d.findElement(By.cssSelector("[data-block-id=timescale] .field-error")).getText()
                .isEmpty());

        field("timescale", "input").clear();
        field("timescale", "input").sendKeys("22 Oct 08");
        driver.findElement(By.id("modal-submit")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("modal")));
        assertThat(awaitPost("Book the room for October").getText()).contains("A2 added", "Sue Bent", "22 Oct 08");
    }

    @Test
    @Order(7)
    void doneInTheOwnersAppHomeClosesTheAction() {
        new Select(driver.findElement(By.id("person"))).selectByVisibleText("Sue Bent");
        driver.findElement(By.id("home-tab")).click();
        browser.waiting().until(d -> d.findElement(By.id("posts")).getText().contains("Book the room for October"));

        click(() -> driver.findElement(By.xpath("//div[contains(@class,'bk-section')][contains(., 'Book the room')]"
                + "/following-sibling::div[contains(@class,'bk-actions')][1]//button[normalize-space()='Done']")));

        browser.waiting().until(d -> !d.findElement(By.id("posts")).getText().contains("Book the room for October"));
        assertThat(driver.findElement(By.id("posts")).getText()).contains("Your open actions (0)");
        open("# general");
        assertThat(awaitPost("A2").getText()).containsIgnoringCase("done");
        new Select(driver.findElement(By.id("person"))).selectByVisibleText("Debbie Briggs");
    }

    @Test
    @Order(8)
    void recordAsActionOnAMessageOpensTheFormWithItsText() {
        type("Balbir to send the toolkit to the group");
        WebElement message = awaitPost("Balbir to send the toolkit");

        message.findElement(By.cssSelector("summary[aria-label='More actions']")).click();
        message.findElement(By.xpath(".//button[normalize-space()='Record as action']")).click();

        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("modal")));
        assertThat(field("text", "textarea").getAttribute("value")).isEqualTo("Balbir to send the toolkit to the group");
        driver.findElement(By.id("modal-submit")).click();
        assertThat(awaitPost("A3 added").getText()).contains("Balbir to send the toolkit to the group");
    }

    @Test
    @Order(9)
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
        click(() -> driver.findElement(By.xpath("//button[contains(@class,'conversation')][normalize-space()='"
                + conversation + "']")));
    }

    private static void type(String text) {
        WebElement box = driver.findElement(By.id("text"));
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    /** The control of a modal's input block. */
    private static WebElement field(String blockId, String control) {
        return driver.findElement(By.cssSelector("#modal [data-block-id=" + blockId + "] " + control));
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
