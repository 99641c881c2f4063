package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.JUNE;
import static org.themebot.it.TestBot.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /goodpractice over signed HTTP: from a member's example to the next meeting's action notes. */
class GoodPracticeIT {

    @RegisterExtension
    static final TestBot bot = new TestBot();

    private static final String TITLE = "Hate crime reporting in schools — 多様性 🌍";
    private static final String LINK = "https://example.org/hate-crime?school=1&y=2";

    private String channel;

    @BeforeEach
    void aThemeGroupWithSueInTheChairAndDebbieAsSecretary() {
        channel = bot.newChannel("equalities");
        bot.setUpGroup(channel, "Equalities Theme Group", SUE, DEBBIE);
    }

    @Test
    void aSubmissionGoesFromSubmitToTheNextMeetingsActionNotes() throws IOException {
        CommandResult submit = bot.command(BALBIR, channel, "/goodpractice", "submit " + TITLE
                + " | <https://example.org/hate-crime?school=1&amp;y=2|Home Office toolkit> | bme, Sexual");
        assertThat(submit.ackText()).as("ack").doesNotContain(":warning:");
        String posted = bot.awaitChannelMessage(submit, m -> m.readable().contains("G1")).get(0).readable();
        assertThat(posted).contains("G1", TITLE, "Balbir Sohal", "race, sexual orientation", "Home Office toolkit",
                "https://example.org/hate-crime?school=1&amp;y=2");
        assertThat(row("G1")).containsEntry("title", TITLE).containsEntry("link", LINK)
                .containsEntry("description", "Home Office toolkit").containsEntry("status", "submitted");

        CommandResult refused = bot.command(JUNE, channel, "/goodpractice", "table G1");
        assertThat(refused.ackIsEphemeral()).isTrue();
        assertThat(refused.ackText()).contains("<@" + SUE + ">", "<@" + DEBBIE + ">");
        CommandResult table = bot.command(DEBBIE, channel, "/goodpractice", "table G1");
        assertThat(bot.awaitChannelMessage(table, m -> m.readable().contains("tabled")).get(0).readable())
                .contains("G1", "tabled for the next meeting");
        assertThat(row("G1")).containsEntry("status", "tabled");

        long beforeDigest = bot.fake().mark();
        bot.command(SUE, channel, "/themegroup", "digest now");
        FakeSlack.Message digest = FakeSlack.waitFor(() -> bot.fake().directMessages(SUE).stream()
                .filter(m -> m.seq() > beforeDigest).findFirst().orElse(null), FakeSlack.PATIENCE);
        assertThat(digest).as("the chair's digest").isNotNull();
        assertThat(digest.readable()).contains("Good practice submitted since").contains("Good practice tabled for the "
                + "next meeting* (1)\n• *G1* " + TITLE + " · race, sexual orientation");

        CommandResult list = bot.command(JUNE, channel, "/goodpractice", "list");
        List<FakeSlack.ResponsePost> listed = bot.awaitPrivateReplies(list);
        assertThat(listed).singleElement().satisfies(reply -> {
            assertThat(reply.ephemeral()).isTrue();
            assertThat(reply.readable()).contains("G1", TITLE).endsWith(
                    "race 1 · disability 0 · gender 0 · age 0 · religion or belief 0 · sexual orientation 1");
        });

        CommandResult start = bot.command(DEBBIE, channel, "/meeting", "start 2008-10-22");
        String startMessage = bot.awaitChannelMessage(start, m -> m.readable().contains("Meeting M1")).get(0).readable();
        assertThat(startMessage).contains("Sharing Good Practice", "G1", TITLE, "Balbir Sohal");
        secretary("/meeting", "item Matters arising");
        secretary("/meeting", "next 3 December 2008");
        CommandResult end = bot.command(DEBBIE, channel, "/meeting", "end");
        bot.awaitChannelMessage(end, m -> m.readable().contains("ended"));
        assertThat(row("G1")).containsEntry("status", "discussed");

        String notes = new String(upload(DEBBIE, "/meeting", "export md", ".md"), StandardCharsets.UTF_8);
        assertThat(notes).contains("| **1. Matters arising** |  |  |\n| **2. Sharing Good Practice** |  |  |\n"
                + "| Good practice G1: " + TITLE + " |  | Balbir Sohal |\n| Home Office toolkit |  |  |\n| " + LINK
                + " |  |  |\n| Strands: race, sexual orientation |  |  |\n"
                + "| **3. Date of Next Meeting: 3 December 2008** |  |  |");
        List<CSVRecord> actionRows = csv(upload(DEBBIE, "/meeting", "export csv", ".csv"));
        assertThat(actionRows).singleElement().satisfies(r -> assertThat(r.get("ref")).isEqualTo("G1"))
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("discussed"));

        List<CSVRecord> submissions = csv(upload(SUE, "/goodpractice", "export", ".csv"));
        assertThat(submissions).singleElement().satisfies(r -> {
            assertThat(r.get("title")).isEqualTo(TITLE);
            assertThat(r.get("link")).isEqualTo(LINK);
            assertThat(r.get("race")).isEqualTo("1");
            assertThat(r.get("sexual orientation")).isEqualTo("1");
            assertThat(r.get("age")).isEmpty();
        });
    }

    @Test
    void theGroupsStrandsAndPrinciplesAreSetAndShownWithTheirAliases() {
        CommandResult strands = bot.command(SUE, channel, "/themegroup", "strands race, disability, religion, young age, "
                + "older age, sexual orientation, gender, new arrivals, gypsy/travellers");
        assertThat(bot.awaitReply(strands, t -> t.contains("gypsy/travellers"))).contains("religion (also faith, belief)");
        CommandResult principles = bot.command(SUE, channel, "/themegroup", "principles Fairness, Inclusion &amp; respect");
        bot.awaitReply(principles, t -> t.contains("Inclusion"));

        CommandResult show = bot.command(JUNE, channel, "/themegroup", "show");
        assertThat(bot.awaitReply(show, t -> t.contains("Strands"))).contains("Time zone", "race (also bme, bame, ethnicity)",
                "young age (also youth, young people, children)", "Principles:* Fairness, Inclusion &amp; respect");

        CommandResult submit = bot.command(JUNE, channel, "/goodpractice", "submit Welcome pack | | gypsy, refugees");
        assertThat(bot.awaitChannelMessage(submit, m -> m.readable().contains("G1")).get(0).readable())
                .contains("new arrivals, gypsy/travellers");
    }

    @Test
    void theModalOpensWithTheGroupsStrandsAndShowsErrorsBesideTheirFields() {
        CommandResult open = bot.command(BALBIR, channel, "/goodpractice", "submit");
        assertThat(open.ackText()).doesNotContain(":warning:");
        JsonNode view = FakeSlack.waitFor(() -> bot.fake().calls("views.open", open.sentAfter()).stream()
                .map(c -> c.args().path("view")).findFirst().orElse(null), FakeSlack.PATIENCE);
        assertThat(view).as("views.open").isNotNull();
        assertThat(view.path("private_metadata").asText()).as("the channel, signed for its typer").startsWith(channel + "~");
        assertThat(ReadableText.of(view)).contains("Title", "Equality strands", "race", "sexual orientation",
                "On behalf of");
        Map<String, Long> before = submissionCount();

        CommandResult invalid = bot.client().viewSubmission(BALBIR, view, values("Mentoring", "example.org/mentoring",
                List.of("age"), "Cllr Kevin Foster"), view.path("callback_id").asText(), null);

        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.ack().path("response_action").asText()).isEqualTo("errors");
        assertThat(invalid.ack().path("errors").path("link").asText()).contains("https://");
        assertThat(submissionCount()).isEqualTo(before);

        CommandResult valid = bot.client().viewSubmission(BALBIR, view, values("Mentoring  ", "https://example.org/m?a=1&b=2",
                List.of("age", "disability"), "Cllr Kevin Foster"), view.path("callback_id").asText(), null);

        assertThat(valid.status()).isEqualTo(200);
        assertThat(valid.ack().path("response_action").isMissingNode()).as("ack %s", valid.rawAck()).isTrue();
        assertThat(row("G1")).containsEntry("title", "Mentoring").containsEntry("link", "https://example.org/m?a=1&b=2")
                .containsEntry("on_behalf_of", "Cllr Kevin Foster").containsEntry("submitted_by", BALBIR);
        String posted = bot.awaitChannelMessage(valid, m -> m.readable().contains("G1")).get(0).readable();
        assertThat(posted).contains("Mentoring", "Cllr Kevin Foster", "disability, age");
    }

    @Test
    void aGroupsGoodPracticeIsNeitherShownNorChangedFromAnotherChannel() {
        CommandResult submit = bot.command(BALBIR, channel, "/goodpractice", "submit Accessible venues checklist");
        bot.awaitChannelMessage(submit, m -> m.readable().contains("G1"));
        String elsewhere = bot.newChannel("random");

        for (String text : List.of("list all", "show G1", "table G1", "withdraw G1", "export", "submit")) {
            CommandResult result = bot.command(SUE, elsewhere, "/goodpractice", text);
            assertThat(result.ackIsEphemeral()).as(text).isTrue();
            assertThat(result.ackText()).as(text).containsIgnoringCase("no theme group");
        }
        assertThat(FakeSlack.holdsFor(() -> bot.fake().messages(elsewhere).isEmpty()
                && bot.fake().calls("views.open", submit.sentAfter()).isEmpty(), Duration.ofMillis(300))).isTrue();
        assertThat(row("G1")).containsEntry("status", "submitted");
    }

    // ---- helpers

    private void secretary(String command, String text) {
        CommandResult result = bot.command(DEBBIE, channel, command, text);
        assertThat(result.ackText()).as("no error for " + command + " " + text).isEmpty();
    }

    /** The submission with that ref in this channel's group, as stored. */
    private Map<String, Object> row(String ref) {
        return bot.jdbi().withHandle(h -> h.createQuery("""
                        SELECT s.title, s.description, s.link, s.status, s.submitted_by, s.on_behalf_of FROM submission s
                        JOIN theme_group g ON g.id = s.group_id WHERE g.channel_id = :channel AND s.number = :number
                        """).bind("channel", channel).bind("number", Integer.parseInt(ref.substring(1)))
                .mapToMap().one());
    }

    private Map<String, Long> submissionCount() {
        return Map.of("submission", bot.count("submission", ""), "submission_strand", bot.count("submission_strand", ""));
    }

    /** Runs a command that uploads a file to the channel and returns the file's bytes. */
    private byte[] upload(String userId, String command, String text, String extension) {
        int before = bot.fake().files().size();
        CommandResult result = bot.command(userId, channel, command, text);
        assertThat(result.ackText()).as(text).isEmpty();
        List<FakeSlack.UploadedFile> files = FakeSlack.waitFor(
                () -> bot.fake().files().size() > before ? bot.fake().files() : null, FakeSlack.PATIENCE);
        assertThat(files).as("an upload for " + text).isNotNull();
        FakeSlack.UploadedFile file = files.get(files.size() - 1);
        assertThat(file.channel()).isEqualTo(channel);
        assertThat(file.name()).endsWith(extension);
        return file.bytes();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8))).getRecords();
    }

    /** The modal's state.values as Slack sends them. */
    private static JsonNode values(String title, String link, List<String> strands, String onBehalfOf) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.putObject("title").putObject("title").put("type", "plain_text_input").put("value", title);
        values.putObject("description").putObject("description").put("type", "plain_text_input").putNull("value");
        values.putObject("link").putObject("link").put("type", "url_text_input").put("value", link);
        var selected = values.putObject("strands").putObject("strands").put("type", "multi_static_select")
                .putArray("selected_options");
        strands.forEach(s -> selected.addObject().put("value", s).putObject("text").put("type", "plain_text").put("text", s));
        values.putObject("on_behalf_of").putObject("on_behalf_of").put("type", "plain_text_input").put("value", onBehalfOf);
        return values;
    }
}
