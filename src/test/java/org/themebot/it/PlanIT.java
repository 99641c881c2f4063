package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.JUNE;
import static org.themebot.it.TestBot.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.TestClock;

/**
 * The action plan through the whole app, on the 2008/10 plan's own calendar: its first objectives
 * entered with the form and the quick form, reviewed at two meetings, exported to Word in the
 * original's five columns with the reviews dated under Outcomes.
 */
class PlanIT {

    private static final TestClock CLOCK = TestClock.running(Instant.parse("2008-04-02T09:00:00Z"));

    @RegisterExtension
    static final TestBot bot = new TestBot(CLOCK);

    private static final String FIRST = "Ensure equality and diversity is mainstreamed in the work of all partners";
    private static final String SECOND = "Develop a communications strategy for the Partnership";

    @Test
    void theFirstObjectivesReviewedAtTwoMeetingsExportInTheOriginalsFiveColumns() throws IOException {
        String channel = bot.newChannel("rsped");
        bot.setUpGroup(channel, "Regional Strategic Partnership for Equality and Diversity", SUE, DEBBIE);

        // The first objective in the five-column form; a member is refused it.
        CommandResult refused = bot.command(JUNE, channel, "/plan", "add");
        assertThat(refused.ackText()).contains("Only the group's chairs and secretaries may add to the action plan");
        JsonNode form = openForm(DEBBIE, channel, "add");
        assertThat(form.path("callback_id").asText()).isEqualTo("plan_add");
        ObjectNode first = values(FIRST, "Audit of partners' equality schemes\nShare the results at a partnership event",
                "April 2008 – March 2010", "Audit completed and reported\nEvent held with 50+ attendees");
        first.putObject("lead_user").putObject("lead_user").put("type", "users_select").put("selected_user", SUE);
        first.putObject("lead_name").putObject("lead_name").put("type", "plain_text_input").put("value", "Cllr Kevin Foster");
        assertThat(submit(DEBBIE, form, first).path("errors").path("lead_name").asText())
                .as("two leads: the error is beside the lead").contains("one lead member");
        first.putObject("lead_name").putObject("lead_name").put("type", "plain_text_input").putNull("value");
        assertThat(submit(DEBBIE, form, first).path("response_action").isMissingNode()).isTrue();
        assertThat(InSlack.awaitMessage(bot, channel, "*P1* added").readable())
                .contains(FIRST, "April 2008 – March 2010", "Sue Bent");

        // The second from the quick form, then filled in with the form again.
        CommandResult quick = bot.command(SUE, channel, "/plan", "add " + SECOND + " | Cllr Kevin Foster | "
                + "August 2008 – April 2009 (for Year 3)");
        assertThat(quick.ackText()).isEmpty();
        assertThat(InSlack.awaitMessage(bot, channel, "*P2* added").readable())
                .contains("`/plan edit P2` adds its methodology");
        JsonNode edit = openForm(SUE, channel, "edit P2");
        assertThat(ReadableText.of(edit)).contains("Edit P2", SECOND, "Cllr Kevin Foster",
                "August 2008 – April 2009 (for Year 3)");
        ObjectNode second = values(SECOND, "Task group to draft = \"consult widely\"",
                "August 2008 – April 2009 (for Year 3)", "Strategy agreed");
        second.putObject("lead_name").putObject("lead_name").put("type", "plain_text_input").put("value", "Cllr Kevin Foster");
        assertThat(submit(SUE, edit, second).path("response_action").isMissingNode()).isTrue();
        assertThat(InSlack.awaitMessage(bot, channel, "*P2* edited").readable()).contains(SECOND);

        // Reviewed at the meeting of 3 September 2008 …
        CLOCK.set(Instant.parse("2008-09-03T09:00:00Z"));
        CommandResult start = bot.command(DEBBIE, channel, "/meeting", "start");
        String started = bot.awaitChannelMessage(start, m -> m.readable().contains("Meeting M1")).get(0).readable();
        assertThat(started).contains("Plan objectives to review* (2)", "*P1* " + FIRST + " — On track", "*P2* ",
                "`/plan review &lt;ref&gt; &lt;comment&gt;`");
        quiet(DEBBIE, channel, "/meeting", "item Action Plan 2008/10");
        quiet(JUNE, channel, "/plan", "review P1 Audit under way: 6 of 11 partners returned");
        assertThat(InSlack.awaitMessage(bot, channel, "reviewed by").readable())
                .contains("*P1* reviewed by June Jeffrey at meeting M1",
                "\n> Audit under way");
        quiet(DEBBIE, channel, "/meeting", "end");

        // … and of 22 October 2008, reviewing quarterly now: P1 was reviewed seven weeks ago.
        CLOCK.set(Instant.parse("2008-10-22T09:00:00Z"));
        assertThat(bot.command(SUE, channel, "/themegroup", "plan-review quarterly").ackText())
                .contains("not reviewed in the three months before it");
        CommandResult secondStart = bot.command(DEBBIE, channel, "/meeting", "start");
        assertThat(bot.awaitChannelMessage(secondStart, m -> m.readable().contains("Meeting M2")).stream()
                .filter(m -> m.readable().contains("Meeting M2")).findFirst().orElseThrow().readable())
                .contains("Plan objectives to review* (1)\n• *P2* " + SECOND).doesNotContain("*P1*");
        quiet(DEBBIE, channel, "/meeting", "item Action Plan 2008/10");
        quiet(SUE, channel, "/plan", "review P1 All 11 returned; event booked for January");
        quiet(DEBBIE, channel, "/plan", "measure P1 1 done");
        quiet(SUE, channel, "/plan", "status P2 at risk no officer time");
        quiet(DEBBIE, channel, "/meeting", "end");
        assertThat(InSlack.awaitMessage(bot, channel, "is now *At risk*").readable()).contains("*P2*", "no officer time");
        long beforeDigest = bot.fake().mark();
        assertThat(bot.command(DEBBIE, channel, "/themegroup", "digest now").ackText()).contains("on its way");
        FakeSlack.Message digest = FakeSlack.waitFor(() -> bot.fake().directMessages(SUE).stream()
                .filter(m -> m.seq() > beforeDigest).findFirst().orElse(null), FakeSlack.PATIENCE);
        assertThat(digest).as("the chair's digest").isNotNull();
        assertThat(digest.readable()).contains(":dart: *Action plan*", "At risk (1): *P2* " + SECOND);

        // The meeting's notes took the review under the item in progress.
        String notes = new String(upload(DEBBIE, channel, "/meeting", "export md M2", ".md"), StandardCharsets.UTF_8);
        assertThat(notes).contains("| **1. Action Plan 2008/10** |  |  |\n| P1 " + FIRST
                + " — review: All 11 returned; event booked for January |  |  |");

        // Actions serve objectives, linked by command or in the new-action form: /plan show and /action show say so.
        quiet(DEBBIE, channel, "/action", "add Book the venue for the January event | " + bot.mention(BALBIR) + " | Dec 08");
        CommandResult link = bot.command(DEBBIE, channel, "/action", "link A1 P1");
        assertThat(link.ackText()).contains("*A1* now serves the plan's *P1*");
        assertThat(bot.command(BALBIR, channel, "/action", "show A1").ackText()).contains("Serves the plan's *P1* " + FIRST);
        int views = bot.fake().views().size();
        quiet(DEBBIE, channel, "/action", "add");
        JsonNode actionForm = FakeSlack.waitFor(() -> bot.fake().views().size() > views
                ? bot.fake().views().get(views) : null, FakeSlack.PATIENCE);
        assertThat(ReadableText.of(actionForm)).contains("Serves the plan objective", "P1 Ensure", "P2 Develop");
        ObjectNode action = JsonNodeFactory.instance.objectNode();
        text(action, "text", "Draft the strategy");
        action.putObject("plan").putObject("plan").put("type", "static_select").putObject("selected_option")
                .put("value", "2");
        assertThat(submit(DEBBIE, actionForm, action).path("response_action").isMissingNode()).isTrue();
        assertThat(bot.command(BALBIR, channel, "/action", "show A2").ackText()).contains("Serves the plan's *P2*");
        String shown = bot.command(BALBIR, channel, "/plan", "show P1").ackText();
        assertThat(shown).contains("P1 — On track", "✓ 1. Audit completed and reported", "• 2. Event held",
                "3 September 2008 · June Jeffrey: Audit under way: 6 of 11 partners returned",
                "22 October 2008 · Sue Bent: All 11 returned", "*Actions* (0 done, 1 open)", "*A1* Book the venue");
        assertThat(bot.command(BALBIR, channel, "/plan", "list at-risk").ackText()).contains("*P2* " + SECOND)
                .doesNotContain("*P1*");

        // The export: the 2008/10 plan's title and five columns, the reviews dated under Outcomes.
        CLOCK.set(Instant.parse("2008-11-12T09:00:00Z"));
        byte[] docx = upload(DEBBIE, channel, "/plan", "export docx", ".docx");
        Path samples = Files.createDirectories(Path.of("target", "plan-samples"));
        Files.write(samples.resolve("plan-it-action-plan.docx"), docx); // rendered with LibreOffice to look at
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText())
                    .isEqualTo("Regional Strategic Partnership for Equality and Diversity Action Plan 2008/10");
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText).containsExactly("Action",
                    "Methodology", "Timescale [Lead Member]", "Measurables / Outputs", "Outcomes [Review Comments]");
            assertThat(lines(table.getRow(1).getCell(0))).containsExactly("P1. " + FIRST);
            assertThat(lines(table.getRow(1).getCell(1))).containsExactly("Audit of partners' equality schemes",
                    "Share the results at a partnership event");
            assertThat(lines(table.getRow(1).getCell(2))).containsExactly("April 2008 – March 2010", "Lead: Sue Bent");
            assertThat(lines(table.getRow(1).getCell(3))).containsExactly("✓ Audit completed and reported",
                    "• Event held with 50+ attendees");
            assertThat(lines(table.getRow(1).getCell(4))).containsExactly("Status: On track",
                    "3 September 2008: Audit under way: 6 of 11 partners returned",
                    "22 October 2008: All 11 returned; event booked for January");
            assertThat(lines(table.getRow(2).getCell(2))).containsExactly("August 2008 – April 2009 (for Year 3)",
                    "Lead: Cllr Kevin Foster");
            assertThat(lines(table.getRow(2).getCell(4))).containsExactly("Status: At risk",
                    "22 October 2008: At risk: no officer time");
        }

        // The annual report for the financial year, as a Word file.
        byte[] report = upload(SUE, channel, "/plan", "report 2008/09", ".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(report))) {
            assertThat(doc.getParagraphs().get(0).getText())
                    .isEqualTo("Regional Strategic Partnership for Equality and Diversity Annual Report 2008/09");
            assertThat(doc.getTables().get(1).getText()).contains("3 September 2008", "22 October 2008");
        }
    }

    // ---- helpers

    /** Runs a command whose ack should carry nothing (no error); its effect shows elsewhere. */
    private static void quiet(String user, String channel, String command, String text) {
        CommandResult result = bot.command(user, channel, command, text);
        assertThat(result.ackText()).as(command + " " + text).isEmpty();
    }

    private static JsonNode openForm(String user, String channel, String text) {
        int before = bot.fake().views().size();
        CommandResult open = bot.command(user, channel, "/plan", text);
        assertThat(open.ackText()).as("/plan " + text).isEmpty();
        JsonNode view = FakeSlack.waitFor(() -> bot.fake().views().size() > before
                ? bot.fake().views().get(bot.fake().views().size() - 1) : null, FakeSlack.PATIENCE);
        assertThat(view).as("a form opened").isNotNull();
        assertThat(view.path("private_metadata").asText()).as("the channel, signed for its typer").startsWith(channel);
        return view;
    }

    private static JsonNode submit(String user, JsonNode form, ObjectNode values) {
        CommandResult result = bot.client().viewSubmission(user, form, values, null, null);
        assertThat(result.status()).isEqualTo(200);
        return result.ack();
    }

    /** The form's state.values as Slack sends them: the text columns; the lead is added by the caller. */
    private static ObjectNode values(String objective, String methodology, String timescale, String measurables) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        text(values, "objective", objective);
        text(values, "methodology", methodology);
        text(values, "timescale", timescale);
        text(values, "measurables", measurables);
        return values;
    }

    private static void text(ObjectNode values, String block, String text) {
        values.putObject(block).putObject(block).put("type", "plain_text_input").put("value", text);
    }

    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    /** Runs a command that uploads a file to the channel and returns the file's bytes. */
    private static byte[] upload(String user, String channel, String command, String text, String extension) {
        FakeSlack.UploadedFile file = InSlack.awaitUpload(bot, user, channel, command, text);
        assertThat(file.name()).endsWith(extension);
        return file.bytes();
    }
}
