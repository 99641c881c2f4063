package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.SUE;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themebot.sandbox.Directory;
import org.themebot.sandbox.SlackCall;
import org.themebot.sandbox.SlackRequests;
import org.themebot.sandbox.Signer;

/**
 * Multi-workspace mode as an operator runs it: themebot's Main in a JVM of its own, configured by
 * the environment alone, against a fake Slack. Two workspaces are added with "Add to Slack", each
 * is answered with its own token, and the uninstall of one stops it and leaves the other.
 */
class MultiWorkspaceProcessIT {

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
            .getBytes(StandardCharsets.US_ASCII));

    @TempDir
    Path dir;

    @Test
    void withoutTheEncryptionKeyItDoesNotStart() throws Exception {
        try (BotProcess bot = new BotProcess(dir).with("SLACK_CLIENT_ID", AddToSlack.CLIENT_ID)
                .with("SLACK_CLIENT_SECRET", AddToSlack.CLIENT_SECRET).with("SLACK_SIGNING_SECRET", "s3cret")) {
            bot.start();
            assertThat(bot.exitCode(Duration.ofSeconds(30))).as("log:%n%s", bot.log()).isEqualTo(2);
            assertThat(bot.log()).contains("themebot: bad configuration: THEMEBOT_ENCRYPTION_KEY must be set")
                    .doesNotContain(AddToSlack.CLIENT_SECRET).doesNotContain("\tat ");
        }
    }

    @Test
    void twoWorkspacesInstalledBesideEachOtherAndTheUninstallOfOne() throws Exception {
        String secret = UUID.randomUUID().toString();
        Directory.Team teamA = new Directory.Team(FakeSlack.TEAM_ID, FakeSlack.TEAM_DOMAIN, "Theme Group");
        Directory.Team teamB = new Directory.Team("T0SECOND", "second", "Second Partnership");
        try (FakeSlack fake = FakeSlack.start();
             BotProcess bot = new BotProcess(dir).with("SLACK_CLIENT_ID", AddToSlack.CLIENT_ID)
                     .with("SLACK_CLIENT_SECRET", AddToSlack.CLIENT_SECRET).with("SLACK_SIGNING_SECRET", secret)
                     .with("THEMEBOT_ENCRYPTION_KEY", KEY).with("SLACK_API_URL", fake.apiUrl())) {
            fake.addUser(SUE, "Sue Bent").addUser(DEBBIE, "Debbie Briggs").addChannel("CA1", "group-a")
                    .addChannel("CB1", "group-b");
            assertThat(bot.startAndAwaitHealthy()).as("log:%n%s", bot.log()).isTrue();
            SignedClient slack = new SignedClient(bot.uri(), secret, fake);
            AddToSlack browser = new AddToSlack(bot.uri());

            // The first workspace: the install page, the redirect, then a command answered with its token.
            assertThat(browser.start().page().body()).contains("Add to Slack");
            AddToSlack.Page installed = browser.install(fake, teamA, "xoxb-first-1", SUE);
            assertThat(installed.body()).contains("themebot is in Theme Group", "/themegroup setup");
            assertThat(slack.get("/healthz").body()).contains("\"mode\":\"multi_workspace\"");
            long mark = fake.mark();
            CommandResult setup = slack.command(SUE, "CA1", "/themegroup", "setup name Group A");
            assertThat(setup.ackText()).contains("Group A");
            slack.command(SUE, "CA1", "/action", "add Circulate the toolkit | <@U0SUE|sue.bent>");
            assertThat(tokensOfPosts(fake, "CA1", mark)).containsOnly("xoxb-first-1");

            // A second workspace beside it.
            browser.install(fake, teamB, "xoxb-second-2", DEBBIE);
            SlackRequests asB = fake.engine().requests().as(teamB);
            assertThat(slack.send(asB.command(DEBBIE, "CB1", "/themegroup", "setup name Group B")).ackText())
                    .contains("Group B");
            slack.send(asB.command(DEBBIE, "CB1", "/action", "add Book the hall"));
            assertThat(tokensOfPosts(fake, "CB1", mark)).containsOnly("xoxb-second-2");

            // The first is uninstalled: it is served no more; the second goes on.
            ObjectNode uninstalled = JsonNodeFactory.instance.objectNode().put("type", "app_uninstalled");
            String event = fake.engine().requests().event(uninstalled, "Ev0UNINSTALL").toString();
            assertThat(slack.raw(event, new Signer(secret).headers(event, SlackRequests.JSON, slack.now())).status())
                    .isEqualTo(200);
            long afterUninstall = fake.mark();
            assertThat(slack.command(SUE, "CA1", "/action", "add Anything").status()).isEqualTo(403);
            slack.send(asB.command(DEBBIE, "CB1", "/action", "add Print the agenda"));
            assertThat(tokensOfPosts(fake, "CB1", afterUninstall)).containsOnly("xoxb-second-2");
            assertThat(FakeSlack.holdsFor(() -> tokensOfPostsNow(fake, afterUninstall).stream()
                    .noneMatch("xoxb-first-1"::equals), Duration.ofSeconds(2))).isTrue();

            // Neither token is readable in the database file.
            String bytes = new String(Files.readAllBytes(dir.resolve("themebot.db")), StandardCharsets.ISO_8859_1)
                    + (Files.exists(dir.resolve("themebot.db-wal"))
                    ? new String(Files.readAllBytes(dir.resolve("themebot.db-wal")), StandardCharsets.ISO_8859_1) : "");
            assertThat(bytes).doesNotContain("xoxb-first-1", "xoxb-second-2");
        }
    }

    /** The tokens of the posts to a channel since a mark, once there is one. */
    private static List<String> tokensOfPosts(FakeSlack fake, String channel, long since) {
        return FakeSlack.waitFor(() -> fake.calls("chat.postMessage", since).stream()
                .filter(c -> channel.equals(c.arg("channel"))).map(SlackCall::token).distinct().toList(),
                FakeSlack.PATIENCE);
    }

    private static List<String> tokensOfPostsNow(FakeSlack fake, long since) {
        return fake.requests(null).stream().filter(c -> c.seq() > since && c.kind().equals("api"))
                .map(SlackCall::token).toList();
    }
}
