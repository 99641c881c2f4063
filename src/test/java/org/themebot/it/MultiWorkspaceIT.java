package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.TestClock;
import org.themebot.config.ThemebotConfig;
import org.themebot.sandbox.Directory;
import org.themebot.sandbox.SlackCall;
import org.themebot.sandbox.SlackRequests;
import org.themebot.sandbox.Signer;
import org.themebot.slack.SignedMetadata;

/**
 * One themebot, several workspaces installed with "Add to Slack": each workspace's requests are
 * answered and its messages sent with its own token, nothing one workspace sends — commands,
 * buttons, forms, events, even payloads forged to name the other's ids — reads or changes the
 * other's data, and an uninstall stops one workspace's sending at once and leaves the other alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiWorkspaceIT {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final Directory.Team A = new Directory.Team(FakeSlack.TEAM_ID, FakeSlack.TEAM_DOMAIN, "Theme Group");
    static final Directory.Team B = new Directory.Team("T0OTHER", "other", "Other Partnership");
    static final String TOKEN_A = "xoxb-a-111";
    static final String TOKEN_B = "xoxb-b-222";
    static final String BOB = "U0BOB";
    static final String BEA = "U0BEA";

    @RegisterExtension
    static final TestBot bot = TestBot.multiWorkspace(TestClock.running(TestClock.start()),
            new ThemebotConfig.Installs(AddToSlack.CLIENT_ID, AddToSlack.CLIENT_SECRET, KEY, Duration.ofDays(30)));

    static AddToSlack browser;
    static String channelA;
    static String channelB;

    @BeforeAll
    static void installTwoWorkspaces() {
        browser = new AddToSlack(URI.create("http://127.0.0.1:" + bot.app().port()));
        bot.fake().addUser(BOB, "Bob Other").addUser(BEA, "Bea Other");
        assertThat(browser.install(bot.fake(), A, TOKEN_A, SUE).body()).contains("themebot is in Theme Group");
        assertThat(browser.install(bot.fake(), B, TOKEN_B, BOB).body()).contains("themebot is in Other Partnership");
        channelA = bot.newChannel("group-a");
        channelB = bot.newChannel("group-b");
        bot.setUpGroup(channelA, "Group A", SUE, DEBBIE);
        CommandResult setupB = commandAs(B, BOB, channelB, "/themegroup", "setup name Group B chair "
                + bot.mention(BOB) + " secretary " + bot.mention(BEA));
        assertThat(bot.awaitReply(setupB, text -> text.contains("Group B"))).contains("Group B");
    }

    @Test
    @Order(1)
    void theInstallPageLinksToSlackWithTheManifestsScopesAndASingleUseState() {
        AddToSlack.Started started = browser.start();

        assertThat(started.page().status()).isEqualTo(200);
        assertThat(started.page().body()).contains("Add to Slack");
        assertThat(started.page().headers()).containsEntry("cache-control", "no-store");
        assertThat(started.authorizeUrl().toString()).startsWith("https://slack.com/oauth/v2/authorize?client_id="
                + AddToSlack.CLIENT_ID + "&scope=");
        assertThat(AddToSlack.query(started.authorizeUrl()).get("scope").split(","))
                .contains("commands", "chat:write", "users:read", "files:write");
        assertThat(started.state()).isNotBlank();
        assertThat(started.cookie()).isEqualTo("slack-app-oauth-state=" + started.state());
    }

    @Test
    @Order(2)
    void eachWorkspacesRequestsAndMessagesCarryItsOwnToken() {
        CommandResult listA = bot.command(SUE, channelA, "/action", "add Send round the toolkit | "
                + bot.mention(SUE) + " | next Friday");
        CommandResult listB = commandAs(B, BOB, channelB, "/action", "add Book the hall | " + bot.mention(BEA));
        bot.awaitChannelMessage(listA, m -> m.readable().contains("toolkit"));
        bot.awaitChannelMessage(listB, m -> m.readable().contains("hall"));
        assertThat(tokensOfPostsTo(channelA)).containsOnly(TOKEN_A);
        assertThat(tokensOfPostsTo(channelB)).containsOnly(TOKEN_B);
        assertThat(bot.fake().calls("users.info").stream().filter(c -> BEA.equals(c.arg("user")))
                .map(SlackCall::token)).isNotEmpty().containsOnly(TOKEN_B);
    }

    @Test
    @Order(3)
    void noRequestOfOneWorkspaceReadsOrChangesTheOthers() {
        long actionA = actionId(channelA, "toolkit");
        Map<String, TestBot.TableState> before = bot.tableStates(TestBot.DOMAIN_TABLES);
        long mark = bot.fake().mark();

        // A command from B naming A's channel finds no group there (B has none in it).
        CommandResult command = commandAs(B, BOB, channelA, "/action", "done A1");
        assertThat(bot.awaitPrivateReplies(command).get(0).readable()).doesNotContain("toolkit");
        // A's Done button, its value naming A's action, pressed in B.
        ObjectNode done = bot.fake().engine().requests().as(B).blockAction(BOB, channelB, "1.000100", false, "b1",
                button("reminder_done", Long.toString(actionA)), null, null);
        assertThat(interactionAs(done).status()).isEqualTo(200);
        // A form whose metadata was signed for A, submitted from B.
        String signedForA = new SignedMetadata(bot.signingSecret()).sign(channelA, A.id(), SUE);
        ObjectNode view = JsonNodeFactory.instance.objectNode().put("id", "VFORGED1").put("type", "modal")
                .put("callback_id", "action_add").put("private_metadata", signedForA).put("hash", "1.abc");
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.putObject("text").putObject("text").put("type", "plain_text_input").put("value", "Forged action");
        assertThat(interactionAs(bot.fake().engine().requests().as(B).viewSubmission(SUE, view, values)).status())
                .isEqualTo(400);
        // B's Home opened by A's chair: published with B's token, showing nothing of A.
        ObjectNode home = bot.fake().engine().requests().as(B).appHomeOpened(SUE, null);
        assertThat(eventAs(B, home, "EvHOME1").status()).isEqualTo(200);

        FakeSlack.waitFor(() -> bot.fake().calls("views.publish", mark), FakeSlack.PATIENCE);
        assertThat(bot.tableStates(TestBot.DOMAIN_TABLES)).isEqualTo(before);
        List<SlackCall> sentSince = bot.fake().requests(null).stream().filter(c -> c.seq() > mark
                && c.kind().equals("api")).toList();
        assertThat(sentSince).allSatisfy(c -> assertThat(c.token()).isEqualTo(TOKEN_B));
        assertThat(sentSince).noneSatisfy(c -> assertThat(c.args().toString()).contains("toolkit"));
        assertThat(bot.fake().messages(channelA, mark)).isEmpty();
    }

    @Test
    @Order(4)
    void theDigestOfEachWorkspaceGoesOutWithItsToken() {
        long mark = bot.fake().mark();
        bot.command(SUE, channelA, "/themegroup", "digest now");
        commandAs(B, BOB, channelB, "/themegroup", "digest now");

        FakeSlack.waitFor(() -> dmsSince(mark, SUE).size() + dmsSince(mark, BOB).size() >= 2 ? true : null,
                FakeSlack.PATIENCE);
        assertThat(dmsSince(mark, SUE)).isNotEmpty().allSatisfy(c -> assertThat(c.token()).isEqualTo(TOKEN_A));
        assertThat(dmsSince(mark, BOB)).isNotEmpty().allSatisfy(c -> {
            assertThat(c.token()).isEqualTo(TOKEN_B);
            assertThat(c.args().toString()).doesNotContain("toolkit");
        });
    }

    @Test
    @Order(5)
    void aWorkspaceAdminExportsTheWorkspacesDataToTheirDmAndNoOneElseMay() throws IOException {
        bot.fake().engine().directory().admin(DEBBIE);
        CommandResult refused = bot.command(SUE, channelA, "/themebot", "data export");
        assertThat(bot.awaitReply(refused, t -> t.contains("Only a workspace admin"))).contains("Only a workspace admin");

        CommandResult export = bot.command(DEBBIE, channelA, "/themebot", "data export");
        assertThat(export.ackText()).contains("workspace admin");
        FakeSlack.UploadedFile zip = FakeSlack.waitFor(() -> bot.fake().files().stream()
                .filter(f -> f.name().startsWith("themebot-data-" + A.id())).findFirst(), FakeSlack.PATIENCE)
                .orElseThrow();

        assertThat(zip.channel()).isEqualTo(bot.fake().dmChannel(DEBBIE));
        Map<String, String> entries = unzip(zip.bytes());
        assertThat(entries.get("tables/theme_group.csv")).contains("Group A").doesNotContain("Group B");
        assertThat(entries.get("tables/action.csv")).contains("Send round the toolkit").doesNotContain("hall");
        assertThat(String.join("\n", entries.values())).doesNotContain(TOKEN_A, TOKEN_B);
        assertThat(entries.keySet()).contains("README.txt");
    }

    @Test
    @Order(6)
    void anAdminDeletesTheWorkspacesDataAfterConfirmingAndTheOtherWorkspaceKeepsItsOwn() {
        bot.fake().engine().directory().admin(BOB);
        CommandResult ask = commandAs(B, BOB, channelB, "/themebot", "data delete");
        JsonNode confirm = FakeSlack.waitFor(() -> bot.fake().responses(ask.responseUrl()), FakeSlack.PATIENCE)
                .get(0).body();
        String value = confirm.path("blocks").get(1).path("elements").get(0).path("value").asText();
        assertThat(confirm.toString()).contains("Delete everything");
        assertThat(bot.count("theme_group", "workspace_id = ?", B.id())).isEqualTo(1);

        // The same value pressed by someone of A is not theirs to press.
        ObjectNode forged = bot.fake().engine().requests().blockAction(SUE, channelA, "1.000200", true, "b1",
                button("data_delete_confirm", value), null, null);
        interactionAs(forged);
        ObjectNode pressed = bot.fake().engine().requests().as(B).blockAction(BOB, channelB, "1.000300", true, "b1",
                button("data_delete_confirm", value), null, null);
        interactionAs(pressed);

        FakeSlack.waitFor(() -> bot.count("theme_group", "workspace_id = ?", B.id()) == 0 ? true : null,
                FakeSlack.PATIENCE);
        assertThat(bot.count("theme_group", "workspace_id = ?", B.id())).isZero();
        assertThat(bot.count("action a JOIN theme_group g ON g.id = a.group_id", "g.workspace_id = ?", B.id()))
                .isZero();
        assertThat(bot.count("theme_group", "workspace_id = ?", A.id())).isEqualTo(1);
        assertThat(bot.count("action a JOIN theme_group g ON g.id = a.group_id", "g.workspace_id = ?", A.id()))
                .isEqualTo(1);
        assertThat(bot.fake().responses(forged.path("response_url").asText()).get(0).readable())
                .contains("not for you");
    }

    @Test
    @Order(7)
    void uninstallStopsAWorkspacesSendingAtOnceAndLeavesTheOtherAlone() {
        Directory.Team gone = new Directory.Team("T0GOING", "going", "Going Partnership");
        assertThat(browser.install(bot.fake(), gone, "xoxb-going", BOB).status()).isEqualTo(200);
        String channel = bot.newChannel("going");
        CommandResult setup = commandAs(gone, BOB, channel, "/themegroup", "setup name Going Group");
        bot.awaitReply(setup, t -> t.contains("Going Group"));

        // Slack is rate-limiting: the next message waits in the outbox.
        bot.fake().failNext("chat.postMessage", 1, 429, 60);
        commandAs(gone, BOB, channel, "/action", "add Wind up the group");
        assertThat(FakeSlack.waitFor(() -> bot.count("outbox", "workspace_id = ? AND status = 'pending' AND "
                + "last_error = 'ratelimited'", gone.id()) > 0 ? true : null, FakeSlack.PATIENCE)).isTrue();

        ObjectNode uninstalled = JsonNodeFactory.instance.objectNode().put("type", "app_uninstalled")
                .put("event_ts", "1.0");
        assertThat(eventAs(gone, uninstalled, "EvUNINSTALL").status()).isEqualTo(200);
        assertThat(eventAs(gone, uninstalled, "EvUNINSTALL").status()).as("Slack's retry").isEqualTo(200);

        assertThat(bot.count("outbox", "workspace_id = ? AND status = 'pending'", gone.id())).isZero();
        assertThat(bot.count("outbox", "workspace_id = ? AND status = 'failed' AND last_error = 'uninstalled'",
                gone.id())).isEqualTo(1);
        CommandResult refused = commandAs(gone, BOB, channel, "/action", "add Anything more");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.rawAck()).contains("not a workspace this app serves");
        assertThat(bot.count("theme_group", "workspace_id = ?", gone.id())).as("kept until the retention ends")
                .isEqualTo(1);

        long mark = bot.fake().mark();
        CommandResult stillA = bot.command(SUE, channelA, "/action", "add Carry on | " + bot.mention(SUE));
        bot.awaitChannelMessage(stillA, m -> m.readable().contains("Carry on"));
        assertThat(bot.fake().calls("chat.postMessage", mark)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.token()).isEqualTo(TOKEN_A));
    }

    @Test
    @Order(8)
    void badStatesADeniedInstallAndAFailedExchangeStoreNothing() {
        long installs = bot.count("installation", "");
        AddToSlack.Started started = browser.start();

        AddToSlack.Page wrong = browser.redirect("code=c1&state=not-the-state", started.cookie());
        AddToSlack.Page noCookie = browser.redirect("code=c1&state=" + started.state(), null);
        AddToSlack.Page denied = browser.redirect("error=access_denied&state=" + started.state(), started.cookie());
        bot.fake().answerWith("oauth.v2.access", JsonNodeFactory.instance.objectNode().put("ok", false)
                .put("error", "invalid_code"));
        AddToSlack.Page failed = browser.redirect("code=c1&state=" + started.state(), started.cookie());
        AddToSlack.Page reused = browser.redirect("code=c1&state=" + started.state(), started.cookie());

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("expired or was already used");
        assertThat(noCookie.status()).isEqualTo(400);
        assertThat(denied.body()).contains("chose not to allow themebot");
        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.body()).contains("would not complete the install").contains("invalid_code");
        assertThat(reused.status()).isEqualTo(400);
        assertThat(List.of(wrong, noCookie, denied, failed, reused))
                .allSatisfy(page -> assertThat(page.body()).contains("Nothing was saved"));
        assertThat(bot.count("installation", "")).isEqualTo(installs);
    }

    @Test
    @Order(9)
    void tokensAreNotReadableInTheDatabase() throws IOException {
        List<String> stored = bot.jdbi().withHandle(h -> h.createQuery("SELECT bot_token FROM installation")
                .mapTo(String.class).list());
        assertThat(stored).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContain("xoxb"));

        String file = bot.jdbi().withHandle(h -> h.createQuery("SELECT file FROM pragma_database_list "
                + "WHERE name = 'main'").mapTo(String.class).one());
        for (Path path : List.of(Path.of(file), Path.of(file + "-wal"))) {
            if (Files.exists(path)) {
                String bytes = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(path.toString()).doesNotContain(TOKEN_A, TOKEN_B);
            }
        }
    }

    @Test
    @Order(10)
    void anExpiringTokenIsRefreshedAndThenUsed() {
        Directory.Team rotating = new Directory.Team("T0ROTATE", "rotate", "Rotating Partnership");
        ObjectNode first = AddToSlack.accessAnswer(rotating, "xoxe.xoxb-first", BOB).put("refresh_token", "xoxe-1-first")
                .put("expires_in", 1800);
        bot.fake().engine().acceptToken("xoxe.xoxb-first", rotating);
        bot.fake().engine().acceptToken("xoxe.xoxb-second", rotating);
        bot.fake().answerWith("oauth.v2.access", first);
        AddToSlack.Started started = browser.start();
        assertThat(browser.redirect("code=c2&state=" + started.state(), started.cookie()).status()).isEqualTo(200);
        bot.fake().answerWith("oauth.v2.access", AddToSlack.accessAnswer(rotating, "xoxe.xoxb-second", BOB)
                .put("refresh_token", "xoxe-1-second").put("expires_in", 43200));

        SlackCall refresh = FakeSlack.waitFor(() -> bot.fake().calls("oauth.v2.access").stream()
                .filter(c -> "refresh_token".equals(c.arg("grant_type"))).findFirst(), FakeSlack.PATIENCE).orElseThrow();
        assertThat(refresh.arg("refresh_token")).isEqualTo("xoxe-1-first");
        assertThat(new String(java.util.Base64.getDecoder().decode(refresh.headers().get("authorization")
                .substring("Basic ".length())), StandardCharsets.UTF_8))
                .isEqualTo(AddToSlack.CLIENT_ID + ":" + AddToSlack.CLIENT_SECRET);

        String channel = bot.newChannel("rotating");
        bot.awaitReply(commandAs(rotating, BOB, channel, "/themegroup", "setup name Rotating Group"),
                t -> t.contains("Rotating Group"));
        List<String> tokens = FakeSlack.waitFor(() -> {
            CommandResult added = commandAs(rotating, BOB, channel, "/action", "add Rotate the chair");
            bot.awaitChannelMessage(added, m -> m.readable().contains("Rotate the chair"));
            List<String> used = bot.fake().calls("chat.postMessage", added.sentAfter()).stream()
                    .filter(c -> channel.equals(c.arg("channel"))).map(SlackCall::token).toList();
            return used.contains("xoxe.xoxb-second") ? used : null;
        }, FakeSlack.PATIENCE);
        assertThat(tokens).containsOnly("xoxe.xoxb-second");
    }

    // ---- requests from a workspace other than the fake's own

    static CommandResult commandAs(Directory.Team team, String user, String channel, String command, String text) {
        return bot.client().send(bot.fake().engine().requests().as(team).command(user, channel, command, text));
    }

    static CommandResult interactionAs(ObjectNode payload) {
        Map<String, String> fields = Map.of("payload", payload.toString());
        String body = SlackRequests.form(fields);
        long mark = bot.fake().mark();
        SignedClient.Raw raw = bot.client().raw(body, bot.client().formHeaders(body, bot.client().now()));
        return new CommandResult(raw.status(), raw.json(), raw.body(), raw.elapsedMs(),
                payload.path("response_url").asText(null), mark, null, null, fields);
    }

    static SignedClient.Raw eventAs(Directory.Team team, ObjectNode event, String eventId) {
        String json = bot.fake().engine().requests().as(team).event(event, eventId).toString();
        return bot.client().raw(json, new Signer(bot.signingSecret()).headers(json, SlackRequests.JSON,
                bot.client().now()));
    }

    static ObjectNode button(String actionId, String value) {
        ObjectNode button = JsonNodeFactory.instance.objectNode().put("type", "button").put("action_id", actionId)
                .put("value", value);
        button.putObject("text").put("type", "plain_text").put("text", actionId);
        return button;
    }

    private static List<String> tokensOfPostsTo(String channel) {
        return bot.fake().calls("chat.postMessage").stream().filter(c -> channel.equals(c.arg("channel")))
                .map(SlackCall::token).distinct().toList();
    }

    private static List<SlackCall> dmsSince(long mark, String user) {
        return bot.fake().calls("chat.postMessage", mark).stream()
                .filter(c -> user.equals(c.arg("channel")) || bot.fake().dmChannel(user).equals(c.arg("channel")))
                .toList();
    }

    private static long actionId(String channel, String text) {
        return bot.jdbi().withHandle(h -> h.createQuery("SELECT a.id FROM action a JOIN theme_group g ON g.id = "
                + "a.group_id WHERE g.channel_id = :channel AND a.text LIKE :text").bind("channel", channel)
                .bind("text", "%" + text + "%").mapTo(Long.class).one());
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
