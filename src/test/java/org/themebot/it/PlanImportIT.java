package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.JUNE;
import static org.themebot.it.TestBot.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.TestClock;

/**
 * /plan import through the whole app: a plan exported to Word in one group's channel, picked in
 * another group's /plan import form, previewed, imported once, and shown with /plan show; members,
 * files with no plan and a second confirmation are refused, writing nothing.
 */
class PlanImportIT {

    private static final TestClock CLOCK = TestClock.running(Instant.parse("2008-11-12T09:00:00Z"));

    @RegisterExtension
    static final TestBot bot = new TestBot(CLOCK);

    private static final String PREVIEW = "import_plan_preview";
    private static final String CENTRES = "Hate crime reporting centres in every ward";
    /** Reading a Word file the first time loads POI's schemas: seconds on a busy machine. */
    private static final Duration PREVIEW_PATIENCE = Duration.ofSeconds(60);
    private static final List<String> WRITTEN = Stream.concat(TestBot.DOMAIN_TABLES.stream(),
            Stream.of("plan_item", "plan_step", "plan_measure", "plan_review", "pending_import")).toList();

    @Test
    void aPlanExportedFromOneGroupIsPreviewedAndImportedOnceIntoAnother() {
        String original = bot.newChannel("plan-original");
        bot.setUpGroup(original, "Regional Strategic Partnership", SUE, DEBBIE);
        quiet(DEBBIE, original, "add " + CENTRES + " | " + bot.mention(SUE) + " | April 2008 – March 2010");
        quiet(DEBBIE, original, "add Publish a good practice guide | Cllr Kevin Foster | August 2008 – April 2009 (for Year 3)");
        quiet(JUNE, original, "review P1 Two centres open &amp; a third in January");
        quiet(SUE, original, "status P2 at-risk no officer time");
        byte[] word = InSlack.awaitUpload(bot, DEBBIE, original, "/plan", "export docx").bytes();

        String copy = bot.newChannel("plan-copy");
        bot.setUpGroup(copy, "Equalities Theme Group", SUE, DEBBIE);
        assertThat(bot.awaitPrivateReplies(bot.command(JUNE, copy, "/plan", "import")).get(0).readable())
                .contains("Only the group's chairs and secretaries may import an action plan");
        JsonNode form = picker(DEBBIE, copy);
        assertThat(ReadableText.of(form)).contains("Action | Methodology | Timescale [Lead Member]", "Preview");
        Map<String, TestBot.TableState> before = bot.tableStates(WRITTEN);

        JsonNode preview = preview(DEBBIE, copy, form, "action-plan-2008-11-12.docx", word);
        assertThat(ReadableText.of(preview)).contains("2 new objectives (P1–P2)", "*P1* (new) " + CENTRES,
                "→ 1 April 2008 to 31 March 2010", "<@" + SUE + ">", "Cllr Kevin Foster", "*At risk*",
                "1 review comment (12 November 2008)");
        Map<String, TestBot.TableState> afterPreview = bot.tableStates(WRITTEN);
        assertThat(WRITTEN.stream().filter(table -> !afterPreview.get(table).equals(before.get(table))))
                .as("a preview holds the plan and writes nothing else").containsExactly("pending_import");

        CommandResult imported = bot.client().viewSubmission(DEBBIE, preview, addReviews(true), null, null);
        assertThat(imported.ack().path("response_action").isMissingNode()).as(imported.rawAck()).isTrue();
        assertThat(bot.awaitChannelMessage(imported, m -> m.readable().contains("imported into the action plan")))
                .anySatisfy(m -> assertThat(m.readable()).contains("2 new objectives (P1–P2), 2 review comments"));
        assertThat(bot.command(JUNE, copy, "/plan", "show P1").ackText()).contains(CENTRES, "April 2008 – March 2010",
                "12 November 2008", "Two centres open &amp; a third in January");
        assertThat(bot.command(JUNE, copy, "/plan", "show P2").ackText()).contains("At risk", "no officer time");

        CommandResult again = bot.client().viewSubmission(DEBBIE, ((ObjectNode) preview.deepCopy()).put("hash", "other"),
                addReviews(true), null, null);
        assertThat(again.ack().path("errors").path("existing").asText()).contains("no longer waiting to be imported");
        assertThat(bot.command(JUNE, copy, "/plan", "list all").ackText()).contains("*P2*").doesNotContain("*P3*");
        JsonNode twice = preview(DEBBIE, copy, picker(DEBBIE, copy), "action-plan-2008-11-12.docx", word);
        assertThat(twice.path("callback_id").asText()).isNotEqualTo(PREVIEW);
        assertThat(ReadableText.of(twice)).contains("in this group's plan already");
    }

    @Test
    void aFileWithNoPlanTableIsRefusedNamingTheLayoutAndWritesNothing() throws IOException {
        String channel = bot.newChannel("plan-letter");
        bot.setUpGroup(channel, "Equalities Theme Group", SUE, DEBBIE);
        Map<String, TestBot.TableState> before = bot.tableStates(WRITTEN);

        JsonNode refused = preview(SUE, channel, picker(SUE, channel), "letter.docx", letter());

        assertThat(refused.path("callback_id").asText()).isNotEqualTo(PREVIEW);
        assertThat(ReadableText.of(refused)).contains("no action plan table in letter.docx",
                "Action | Methodology | Timescale [Lead Member] | Measurables / Outputs | Outcomes [Review Comments]");
        assertThat(bot.tableStates(WRITTEN)).isEqualTo(before);
    }

    // ---- helpers

    private static void quiet(String user, String channel, String text) {
        CommandResult result = bot.command(user, channel, "/plan", text);
        assertThat(result.ackText()).as("/plan " + text).isEmpty();
    }

    /** /plan import's form, opened for the typer. */
    private static JsonNode picker(String user, String channel) {
        CommandResult open = bot.command(user, channel, "/plan", "import");
        assertThat(open.ackText()).as("/plan import").isEmpty();
        JsonNode form = FakeSlack.waitFor(() -> bot.fake().calls("views.open", open.sentAfter()).stream()
                .map(c -> c.args().path("view")).findFirst().orElse(null), FakeSlack.PATIENCE);
        assertThat(form).as("the form").isNotNull();
        return form;
    }

    /** The file shared and picked in the form: the modal that replaced the wait (the preview, or what was wrong). */
    private static JsonNode preview(String user, String channel, JsonNode form, String name, byte[] file) {
        JsonNode files = bot.fake().shareFile(user, channel, "", name, file).path("files");
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.putObject("file").putObject("file").put("type", "file_input").set("files", files);
        CommandResult picked = bot.client().viewSubmission(user, form, values, null, null);
        assertThat(picked.ack().path("response_action").isMissingNode()).as(picked.rawAck()).isTrue();
        JsonNode shown = FakeSlack.waitFor(() -> bot.fake().calls("views.update", picked.sentAfter()).stream()
                .map(c -> c.response().path("view")).findFirst().orElse(null), PREVIEW_PATIENCE);
        assertThat(shown).as("the preview or a refusal").isNotNull();
        return shown;
    }

    private static ObjectNode addReviews(boolean ticked) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        ObjectNode box = values.putObject("existing").putObject("existing").put("type", "checkboxes");
        if (ticked) {
            box.putArray("selected_options").addObject().put("value", "add_reviews");
        } else {
            box.putArray("selected_options");
        }
        return values;
    }

    /** A Word file with no action plan table. */
    private static byte[] letter() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Dear Sue, the plan is attached.");
            doc.write(out);
            return out.toByteArray();
        }
    }
}
