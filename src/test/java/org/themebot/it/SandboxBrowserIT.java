package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.PageClient.DEBBIE;
import static org.themebot.it.PageClient.GENERAL;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The sandbox page in a real browser: type into the message box, read the bot's replies, switch
 * who is typing, get the chair's digest, see the bot's refusal in its form, record a message as an
 * action, press a button and download the file. The group in #general (Sue chairs, Debbie is
 * secretary) is set up once over HTTP; each test opens the page afresh, as Debbie in #general,
 * and makes the actions and meetings it needs. (Adding an action through the form and Done in
 * App Home are in {@link SandboxFirstTenMinutesIT}.)
 */
class SandboxBrowserIT {

    static final Pattern REF = Pattern.compile("\\bA\\d+\\b");
    /** Reading a Word file the first time loads POI's schemas: seconds on a busy machine. */
    static final Duration PREVIEW_PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    static final SandboxPage page = new SandboxPage();

    @RegisterExtension
    static final Browser browser = new Browser();

    WebDriver driver;

    @BeforeAll
    static void aGroupInGeneral() {
        page.client().type(DEBBIE, GENERAL, "/themegroup setup name Browser Theme Group chair @Sue Bent secretary @Debbie Briggs");
        page.client().awaitPost(DEBBIE, GENERAL, p -> p.readable().contains("Browser Theme Group")).orElseThrow();
    }

    @BeforeEach
    void debbieOpensGeneral() {
        driver = browser.open(page.client().base());
        // a test that failed with a modal open leaves it open for Debbie (the sandbox keeps it): close it
        if (driver.findElement(By.id("modal")).isDisplayed()) {
            driver.findElement(By.id("modal-cancel")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("modal")));
        }
        browser.openConversation("# general");
    }

    @Test
    void aCommandTypedGetsTheBotsReplyWithItsMentions() {
        browser.type("/themegroup show");

        WebElement reply = browser.awaitPost("Browser Theme Group", "Only visible to you");
        assertThat(reply.findElements(By.cssSelector(".mention"))).extracting(WebElement::getText)
                .contains("@Sue Bent", "@Debbie Briggs");
    }

    @Test
    void aScriptTypedAsActionTextIsShownAsText() {
        browser.type("/action add <script>window.injected = true</script> | @Sue Bent | Sept 08");

        WebElement added = browser.awaitPost("<script>window.injected = true</script>");
        assertThat(added.getText()).contains("added");
        assertThat(driver.findElements(By.cssSelector("#posts script"))).isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript("return window.injected === undefined")).isEqualTo(true);
    }

    @Test
    void theBotsMrkdwnShowsAsBoldMentionsAndQuotes() {
        String ref = added("/action add Send the minutes round | @Sue Bent | Sept 08", "Send the minutes round");

        browser.type("/action done " + ref + " sent round & done");

        WebElement done = browser.awaitPost("sent round & done");
        assertThat(done.findElement(By.cssSelector("strong")).getText()).isEqualTo(ref);
        assertThat(done.getText()).as("the bot names who did it").contains("done by Debbie Briggs");
        assertThat(done.findElement(By.cssSelector("blockquote")).getText()).isEqualTo("sent round & done");

        browser.type("/themegroup show");
        WebElement show = browser.awaitPost("Time zone");
        assertThat(show.findElements(By.cssSelector(".mention"))).as("officers as mentions, shown by name")
                .extracting(WebElement::getText).allSatisfy(m -> assertThat(m).startsWith("@").doesNotStartWith("@U"));
    }

    @Test
    void anotherPersonSeesTheChannelButNotTheTypersEphemerals() {
        added("/action add Book the room for everyone to see | @Sue Bent | tbc", "Book the room for everyone to see");
        browser.type("/themegroup show");
        browser.awaitPost("Only visible to you");

        browser.typeAs("Balbir Sohal");

        browser.awaitPost("Book the room for everyone to see");
        assertThat(driver.findElement(By.id("posts")).getText()).doesNotContain("/themegroup", "Only visible to you");
    }

    @Test
    void theChairsDigestArrivesInTheirDirectMessagesNamingTheChannel() {
        browser.type("/themegroup digest now");
        browser.typeAs("Sue Bent");
        browser.openConversation("themebot");

        WebElement digest = browser.awaitPost("Browser Theme Group");
        assertThat(digest.getText()).contains("#general").doesNotContain("C02GENERAL");
    }

    @Test
    void aTimescaleTheBotRefusesIsShownInTheFormAndEscapeGivesTheFocusBack() {
        browser.type("/action add");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("modal")));

        browser.field("text", "textarea").sendKeys("Book the room for October");
        browser.field("timescale", "input").sendKeys("31/02/09");
        driver.findElement(By.id("modal-submit")).click();

        browser.waiting().until(d -> !d.findElement(By.cssSelector("#modal [data-block-id=timescale] .field-error"))
                .getText().isEmpty());
        assertThat(browser.field("timescale", "input").getAttribute("aria-invalid")).isEqualTo("true");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("modal")));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("text");
    }

    @Test
    void recordAsActionOnAMessageOpensTheFormWithItsText() {
        browser.type("Balbir to send the toolkit to the group");
        WebElement message = browser.awaitPost("Balbir to send the toolkit");

        message.findElement(By.cssSelector("summary[aria-label='More actions']")).click();
        message.findElement(By.xpath(".//button[normalize-space()='Record as action']")).click();

        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("modal")));
        assertThat(browser.field("text", "textarea").getAttribute("value")).isEqualTo("Balbir to send the toolkit to the group");
        driver.findElement(By.id("modal-submit")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("modal")));
        assertThat(browser.awaitPost("added: Balbir to send the toolkit to the group").getText()).contains("Who:");
    }

    @Test
    void aMeetingsExportButtonUploadsNotesThatDownload() throws IOException {
        browser.type("/meeting start 2008-10-22");
        browser.awaitPost("Meeting M");
        browser.type("/meeting end");

        browser.click(() -> browser.awaitPost("ended — Wednesday 22 October 2008")
                .findElement(By.xpath(".//button[normalize-space()='Export md']")));
        browser.click(() -> driver.findElement(By.xpath("//a[contains(@class,'file')][contains(., 'action-notes-2008-10-22.md')]")));

        String notes = Files.readString(browser.awaitDownload("action-notes-2008-10-22.md"), StandardCharsets.UTF_8);
        assertThat(notes).contains("Browser Theme Group", "22nd October 2008");
    }

    @Test
    void wordNotesAttachedToAMessageAreImportedThroughTheirPreview(@TempDir Path folder) throws IOException {
        Path notes = folder.resolve("action-notes-2008-09-03.docx");
        try (InputStream in = getClass().getResourceAsStream("/export/action-notes-2008-09-03-libreoffice.docx")) {
            Files.copy(in, notes);
        }
        driver.findElement(By.id("attach-file")).sendKeys(notes.toString());
        assertThat(driver.findElement(By.id("attached")).getText()).contains("action-notes-2008-09-03.docx");
        browser.assertAccessible("a file attached");
        browser.type("The notes of our last meeting");

        WebElement shared = browser.awaitPost("The notes of our last meeting", "action-notes-2008-09-03.docx");
        assertThat(driver.findElement(By.id("attached")).isDisplayed()).as("the file went with the message").isFalse();
        shared.findElement(By.cssSelector("summary[aria-label='More actions']")).click();
        shared.findElement(By.xpath(".//button[normalize-space()='Import action notes']")).click();

        browser.waiting(PREVIEW_PATIENCE).until(d -> d.findElement(By.id("modal-blocks")).getText()
                .contains("2. Revised Terms of Reference for the E&CC Theme Group"));
        assertThat(browser.field("date", "input").getAttribute("value")).isEqualTo("03/09/2008");
        assertThat(driver.findElement(By.id("modal-blocks")).getText()).contains("@Sue Bent", "Alison Porter",
                "Sept 08 → due Tue 30 Sept 2008");
        driver.findElement(By.id("modal-submit")).click();

        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("modal")));
        assertThat(browser.awaitPost("imported — Wednesday 3 September 2008").getText()).contains("4 items, 6 actions");
    }

    @Test
    void meetingImportOpensAFormWhereTheWordFileIsPickedForItsPreview(@TempDir Path folder) throws IOException {
        Path notes = folder.resolve("notes-2008-07-16.docx");
        Files.write(notes, julyNotes());
        browser.type("/meeting import");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("modal")));
        assertThat(driver.findElement(By.id("modal-blocks")).getText()).contains("Pick the Word file");

        driver.findElement(By.cssSelector("#modal input[type=file]")).sendKeys(notes.toString());
        driver.findElement(By.id("modal-submit")).click();

        browser.waiting(PREVIEW_PATIENCE).until(d -> d.findElement(By.id("modal-blocks")).getText()
                .contains("1. Room bookings"));
        assertThat(driver.findElement(By.id("modal-blocks")).getText()).contains("notes-2008-07-16.docx",
                "Book the room for October", "@Sue Bent");
        assertThat(browser.field("date", "input").getAttribute("value")).isEqualTo("16/07/2008");
        browser.assertAccessible("the preview of notes picked in the form");

        driver.findElement(By.id("modal-cancel")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("modal")));
    }

    /** Action notes of one item, as a secretary might type them in Word. */
    private static byte[] julyNotes() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Action Notes of the Browser Theme Group");
            doc.createParagraph().createRun().setText("Held on Wednesday 16th July 2008");
            XWPFTable table = doc.createTable(3, 3);
            String[][] rows = {{"Action", "Timescale", "Who"}, {"1. Room bookings", "", ""},
                    {"Book the room for October", "Sept 08", "Sue Bent"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Types an /action add and gives the ref of the action it added. */
    private String added(String command, String text) {
        browser.type(command);
        Matcher ref = REF.matcher(browser.awaitPost("added: " + text).getText());
        assertThat(ref.find()).isTrue();
        return ref.group();
    }
}
