package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.JUNE;
import static org.themebot.it.TestBot.SUE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /action over signed HTTP: what the typer and the channel see, what Slack was asked, what is stored. */
class ActionCommandsIT {

    @RegisterExtension
    static final TestBot bot = new TestBot();

    /** "Sept 08" resolves to the end of September 2008, however the date is written out. */
    private static final String END_OF_SEPT_08 = "30(th)? Sep(t|tember)? 2008|2008-09-30";

    private String channel;
    private StoredActions stored;

    @BeforeEach
    void aThemeGroupWithSueInTheChairAndDebbieAsSecretary() {
        channel = bot.newChannel("equalities");
        stored = bot.stored(channel);
        bot.setUpGroup(channel, "Equalities Theme Group", SUE, DEBBIE);
    }

    @Test
    void addPostsTheActionToTheChannelWithRealNamesAndTheResolvedDate() {
        CommandResult add = bot.command(SUE, channel, "/action",
                "add Circulate the revised Terms of Reference | " + bot.mention(BALBIR) + "/ Debbie Briggs | Sept 08");

        assertThat(add.status()).isEqualTo(200);
        assertThat(add.elapsedMs()).as("ack time").isLessThan(3000);
        assertThat(add.ackText()).as("ack").doesNotContain(":warning:", "Use:");
        List<FakeSlack.Message> posted = bot.awaitChannelMessage(add, m -> m.readable().contains("A1"));
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).readable())
                .contains("A1", "Circulate the revised Terms of Reference", "Balbir Sohal", "Debbie Briggs", "Sept 08")
                .containsPattern(END_OF_SEPT_08);
        assertThat(bot.fake().calls("chat.postMessage", add.sentAfter()))
                .singleElement().satisfies(call -> assertThat(call.arg("channel")).isEqualTo(channel));

        Map<String, Object> row = stored.action(1).orElseThrow();
        assertThat(row).containsEntry("text", "Circulate the revised Terms of Reference")
                .containsEntry("timescale", "Sept 08").containsEntry("due_date", "2008-09-30")
                .containsEntry("status", "open");
        assertThat(stored.owners(1)).containsExactly("user:" + BALBIR, "name:Debbie Briggs");
        assertThat(bot.usersInfoCalls(BALBIR)).as("users.info for Balbir").isEqualTo(1);
    }

    @Test
    void textIsStoredAsTypedAndEscapedAgainInBlockKit() {
        CommandResult add = bot.command(SUE, channel, "/action",
                "add Review the E&amp;CC &lt;draft&gt; terms | Cllr Kevin Foster | Sept 08");

        FakeSlack.Message posted = bot.awaitChannelMessage(add, m -> m.readable().contains("A1")).get(0);
        assertThat(stored.action(1).orElseThrow()).containsEntry("text", "Review the E&CC <draft> terms");
        assertThat(stored.owners(1)).containsExactly("name:Cllr Kevin Foster");
        assertThat(ReadableText.of(posted.blocks())).contains("Review the E&amp;CC &lt;draft&gt; terms",
                "Cllr Kevin Foster");
    }

    @Test
    void realNamesAreAskedOfSlackOnceWhateverUsesThem() {
        CommandResult first = bot.command(SUE, channel, "/action", "add Draft the equality impact assessment | "
                + bot.mention(BALBIR) + " | Sept 08");
        bot.awaitChannelMessage(first, m -> m.readable().contains("Balbir Sohal"));
        CommandResult second = bot.command(SUE, channel, "/action", "add Book the venue | " + bot.mention(BALBIR)
                + ", " + bot.mention(JUNE) + " and " + bot.mention(BALBIR) + " | 22/10/2008");
        String secondPost = bot.awaitChannelMessage(second, m -> m.readable().contains("A2")).get(0).readable();
        assertThat(secondPost).contains("Balbir Sohal", "June Jeffrey");
        assertThat(stored.owners(2)).containsExactly("user:" + BALBIR, "user:" + JUNE);

        CommandResult list = bot.command(JUNE, channel, "/action", "list");
        assertThat(bot.awaitReply(list, t -> t.contains("A2"))).contains("Balbir Sohal", "June Jeffrey");
        CommandResult show = bot.command(JUNE, channel, "/action", "show A2");
        assertThat(bot.awaitReply(show, t -> t.contains("Book the venue"))).contains("June Jeffrey");

        assertThat(bot.usersInfoCalls(BALBIR)).as("users.info for Balbir").isEqualTo(1);
        assertThat(bot.usersInfoCalls(JUNE)).as("users.info for June").isEqualTo(1);
    }

    @Test
    void listShowsTheGroupsActionsOnlyInItsOwnChannel() {
        CommandResult add = bot.command(SUE, channel, "/action", "add Map the voluntary sector forums | "
                + bot.mention(BALBIR) + " | Autumn 2008");
        bot.awaitChannelMessage(add, m -> m.readable().contains("A1"));

        CommandResult list = bot.command(JUNE, channel, "/action", "list");
        assertThat(list.status()).isEqualTo(200);
        List<FakeSlack.ResponsePost> replies = bot.awaitPrivateReplies(list);
        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.ephemeral()).as("a list is for the typer only").isTrue();
            assertThat(reply.readable()).contains("A1", "Map the voluntary sector forums", "Balbir Sohal");
        });

        String elsewhere = bot.newChannel("random");
        CommandResult listElsewhere = bot.command(SUE, elsewhere, "/action", "list");
        CommandResult showElsewhere = bot.command(SUE, elsewhere, "/action", "show A1");
        for (CommandResult result : List.of(listElsewhere, showElsewhere)) {
            assertThat(result.ackIsEphemeral()).isTrue();
            assertThat(result.ackText()).containsIgnoringCase("no theme group");
            assertThat(bot.replyText(result)).doesNotContain("Map the voluntary sector forums");
        }
        assertThat(FakeSlack.holdsFor(() -> bot.fake().responses(listElsewhere.responseUrl()).isEmpty()
                && bot.fake().responses(showElsewhere.responseUrl()).isEmpty()
                && bot.fake().messages(elsewhere).isEmpty(), Duration.ofMillis(300)))
                .as("nothing of the group is sent to another channel").isTrue();
    }

    @Test
    void onlyOwnersAndOfficersMayMarkAnActionDone() {
        CommandResult add = bot.command(SUE, channel, "/action", "add Send the Terms of Reference to the board | "
                + bot.mention(BALBIR) + " | Sept 08");
        bot.awaitChannelMessage(add, m -> m.readable().contains("A1"));

        CommandResult refused = bot.command(JUNE, channel, "/action", "done A1");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.ackIsEphemeral()).isTrue();
        assertThat(refused.ackText()).contains("A1", "<@" + SUE + ">", "<@" + DEBBIE + ">");
        assertThat(stored.action(1).orElseThrow()).containsEntry("status", "open");
        assertThat(FakeSlack.holdsFor(() -> bot.fake().messages(channel, refused.sentAfter()).isEmpty(),
                Duration.ofMillis(300))).as("a refusal is not posted in the channel").isTrue();

        CommandResult done = bot.command(BALBIR, channel, "/action", "done A1 sent on 3 Sept");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.ackText()).doesNotContain(":warning:");
        List<FakeSlack.Message> posted = bot.awaitChannelMessage(done, m -> m.readable().contains("done"));
        assertThat(posted).singleElement().satisfies(m ->
                assertThat(m.readable()).contains("A1", "done", "Send the Terms of Reference to the board"));
        assertThat(stored.action(1).orElseThrow()).containsEntry("status", "done");
        assertThat(stored.history(1)).containsExactly("created", "done");
    }

    @Test
    void showGivesTheActionWithItsWholeHistory() {
        CommandResult add = bot.command(SUE, channel, "/action", "add Collect good practice on hate crime reporting | "
                + bot.mention(BALBIR) + " | Sept 08");
        bot.awaitChannelMessage(add, m -> m.readable().contains("A1"));
        CommandResult update = bot.command(BALBIR, channel, "/action", "update A1 two examples collected so far");
        bot.awaitReply(update, t -> t.contains("A1"));
        CommandResult redate = bot.command(SUE, channel, "/action", "due A1 Q3 2009");
        bot.awaitChannelMessage(redate, m -> m.readable().contains("re-dated"));
        CommandResult done = bot.command(BALBIR, channel, "/action", "done A1");
        bot.awaitChannelMessage(done, m -> m.readable().contains("done"));

        CommandResult show = bot.command(JUNE, channel, "/action", "show A1");
        assertThat(show.ackText()).doesNotContain(":warning:");
        List<FakeSlack.ResponsePost> replies = bot.awaitPrivateReplies(show);
        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.ephemeral()).isTrue();
            assertThat(reply.readable()).contains("A1", "Collect good practice on hate crime reporting", "Balbir Sohal",
                    "Q3 2009", "added", "two examples collected so far", "Sept 08 → Q3 2009", "done");
        });
        assertThat(stored.history(1)).containsExactly("created", "update", "redated", "done");
        assertThat(stored.action(1).orElseThrow()).containsEntry("due_date", "2009-09-30");
    }
}
