package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.JUNE;
import static org.themebot.it.TestBot.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The new-action modal (from /action add with no text, or the "Record as action" shortcut) and list paging. */
class ActionModalIT {

    @RegisterExtension
    static final TestBot bot = new TestBot();

    static String channel;

    @BeforeAll
    static void group() {
        channel = bot.newChannel("equalities");
        bot.setUpGroup(channel, "Equalities Theme Group", SUE, DEBBIE);
    }

    static JsonNode awaitNewView(int before) {
        JsonNode view = FakeSlack.waitFor(() -> bot.fake().views().size() > before
                ? bot.fake().views().get(bot.fake().views().size() - 1) : null, FakeSlack.PATIENCE);
        assertThat(view).as("a modal opened").isNotNull();
        return view;
    }

    static ObjectNode values() {
        return JsonNodeFactory.instance.objectNode();
    }

    static void text(ObjectNode values, String block, String text) {
        values.putObject(block).putObject(block).put("type", "plain_text_input").put("value", text);
    }

    static String elementTypes(JsonNode view) {
        StringBuilder types = new StringBuilder();
        view.path("blocks").forEach(b -> types.append(b.path("block_id").asText()).append('=')
                .append(b.path("element").path("type").asText()).append(' '));
        return types.toString().strip();
    }

    @Test
    void addWithNoTextOpensTheModalAndItsErrorsComeBackBesideTheFields() {
        int before = bot.fake().views().size();
        CommandResult add = bot.command(BALBIR, channel, "/action", "add");
        assertThat(add.status()).isEqualTo(200);
        JsonNode modal = awaitNewView(before);
        assertThat(modal.path("callback_id").asText()).isEqualTo("action_add");
        assertThat(modal.path("private_metadata").asText()).as("the channel, signed for its typer").startsWith(channel + "~");
        assertThat(elementTypes(modal)).isEqualTo("text=plain_text_input users=multi_users_select "
                + "names=plain_text_input all=checkboxes timescale=plain_text_input date=datepicker");

        ObjectNode empty = values();
        text(empty, "text", "   ");
        assertThat(errors(modal, empty)).containsOnlyKeys("text");

        ObjectNode unreadable = values();
        text(unreadable, "text", "Book the venue");
        text(unreadable, "timescale", "when the funding comes");
        Map<String, String> timescaleError = errors(modal, unreadable);
        assertThat(timescaleError.get("timescale")).contains("when the funding comes").contains("Sept 08")
                .contains("next meeting").contains("pick a date");

        ObjectNode both = values();
        text(both, "text", "Book the venue");
        text(both, "timescale", "Sept 08");
        both.putObject("date").putObject("date").put("type", "datepicker").put("selected_date", "2008-09-30");
        assertThat(errors(modal, both)).containsOnlyKeys("date");
        assertThat(bot.stored(channel).count()).as("nothing recorded").isZero();

        ObjectNode good = values();
        text(good, "text", "Forward the Home Office Toolkit <for circulation> & comment");
        good.putObject("users").putObject("users").put("type", "multi_users_select").putArray("selected_users")
                .add(BALBIR).add(DEBBIE);
        text(good, "names", "Cllr Kevin Foster");
        good.putObject("all").putObject("all").put("type", "checkboxes").putArray("selected_options").addObject()
                .put("value", "ALL");
        good.putObject("date").putObject("date").put("type", "datepicker").put("selected_date", "2008-09-30");
        CommandResult saved = bot.client().viewSubmission(BALBIR, modal, good, null, null);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.ack().path("response_action").isMissingNode()).as(saved.rawAck()).isTrue();

        StoredActions stored = bot.stored(channel);
        assertThat(stored.action(1).orElseThrow()).containsEntry("text",
                "Forward the Home Office Toolkit <for circulation> & comment")
                .containsEntry("timescale", "30 September 2008").containsEntry("due_date", "2008-09-30");
        assertThat(stored.owners(1)).containsExactly("user:" + BALBIR, "user:" + DEBBIE, "name:Cllr Kevin Foster",
                "all:ALL");
        assertThat(FakeSlack.waitFor(() -> bot.fake().messages(channel).stream()
                .anyMatch(m -> m.readable().contains("A1* added")), FakeSlack.PATIENCE)).isTrue();
    }

    @Test
    void duringAMeetingTheModalFilesTheActionUnderTheChosenItem() {
        String meetingChannel = bot.newChannel("meeting");
        bot.setUpGroup(meetingChannel, "Meeting Theme Group", SUE, DEBBIE);
        bot.command(SUE, meetingChannel, "/meeting", "start");
        bot.command(DEBBIE, meetingChannel, "/meeting", "item Revised Terms of Reference");
        CommandResult second = bot.command(DEBBIE, meetingChannel, "/meeting", "item Equality Impact Assessments");
        bot.awaitChannelMessage(second, m -> m.readable().contains("2. Equality"));

        int before = bot.fake().views().size();
        bot.command(JUNE, meetingChannel, "/action", "add");
        JsonNode modal = awaitNewView(before);
        JsonNode item = modal.path("blocks").get(modal.path("blocks").size() - 1);
        assertThat(item.path("block_id").asText()).isEqualTo("item");
        assertThat(item.path("element").path("initial_option").path("text").path("text").asText())
                .as("the current item is chosen").isEqualTo("2. Equality Impact Assessments");
        String firstItem = item.path("element").path("options").get(0).path("value").asText();

        ObjectNode values = values();
        text(values, "text", "Redraft the terms");
        text(values, "timescale", "next meeting");
        values.putObject("item").putObject("item").put("type", "static_select").putObject("selected_option")
                .put("value", firstItem);
        assertThat(bot.client().viewSubmission(JUNE, modal, values, null, null).status()).isEqualTo(200);
        assertThat(FakeSlack.waitFor(() -> bot.stored(meetingChannel).count() == 1, FakeSlack.PATIENCE)).isTrue();
        long filedUnder = bot.jdbi().withHandle(h -> h.createQuery("""
                SELECT i.number FROM action a JOIN agenda_item i ON i.id = a.agenda_item_id
                JOIN theme_group g ON g.id = a.group_id WHERE g.channel_id = :c""").bind("c", meetingChannel)
                .mapTo(Long.class).one());
        assertThat(filedUnder).isEqualTo(1);
    }

    @Test
    void recordAsActionOpensTheModalWithTheMessagesText() {
        int before = bot.fake().views().size();
        CommandResult shortcut = bot.client().messageShortcut(SUE, channel, "record_as_action",
                "Debbie to circulate the E&amp;CC minutes by Friday");
        assertThat(shortcut.status()).isEqualTo(200);
        JsonNode modal = awaitNewView(before);
        assertThat(modal.path("blocks").get(0).path("element").path("initial_value").asText())
                .isEqualTo("Debbie to circulate the E&CC minutes by Friday");

        String elsewhere = bot.newChannel("random");
        CommandResult noGroup = bot.client().messageShortcut(SUE, elsewhere, "record_as_action", "Hello");
        assertThat(bot.awaitReply(noGroup, t -> t.contains("no theme group"))).contains("/themegroup setup");
    }

    @Test
    void aLongListPagesWithNextAndPrevious() {
        String big = bot.newChannel("big");
        bot.setUpGroup(big, "Big Theme Group", SUE, DEBBIE);
        for (int i = 1; i <= 45; i++) {
            bot.command(SUE, big, "/action", "add Action number " + i + " | " + bot.mention(BALBIR) + " | Dec 2030");
        }
        assertThat(FakeSlack.waitFor(() -> bot.stored(big).count() == 45, FakeSlack.PATIENCE)).isTrue();
        CommandResult list = bot.command(JUNE, big, "/action", "list");
        FakeSlack.ResponsePost first = bot.awaitPrivateReplies(list).get(0);
        assertThat(first.readable()).contains("1–20 of 45 actions").contains("*A20*").doesNotContain("*A21*")
                .contains("Next").doesNotContain("Previous");

        JsonNode next = first.body().findValues("elements").stream().flatMap(e -> java.util.stream.StreamSupport
                .stream(e.spliterator(), false)).filter(e -> "action_list_next".equals(e.path("action_id").asText()))
                .findFirst().orElseThrow();
        CommandResult pressed = bot.client().blockAction(JUNE, big, "action_list_next", next.path("value").asText(),
                null, null);
        List<FakeSlack.ResponsePost> pages = FakeSlack.waitFor(() -> bot.fake().responses(pressed.responseUrl()),
                FakeSlack.PATIENCE);
        assertThat(pages).singleElement().satisfies(p -> {
            assertThat(p.body().path("replace_original").asBoolean()).isTrue();
            assertThat(p.readable()).contains("21–40 of 45 actions").contains("*A21*").contains("Previous")
                    .contains("Next");
        });
    }

    private static Map<String, String> errors(JsonNode modal, ObjectNode values) {
        CommandResult result = bot.client().viewSubmission(BALBIR, modal, values, null, null);
        assertThat(result.ack().path("response_action").asText()).as(result.rawAck()).isEqualTo("errors");
        Map<String, String> errors = new java.util.HashMap<>();
        result.ack().path("errors").fields().forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asText()));
        return errors;
    }
}
