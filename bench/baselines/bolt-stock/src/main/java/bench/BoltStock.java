package bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jetty.SlackAppServer;

/**
 * The peer: a plain Bolt app on Bolt's own server (SlackAppServer), answering every slash command
 * with a one-line ephemeral ack, as a Bolt "hello world" does. PORT, SLACK_SIGNING_SECRET,
 * SLACK_BOT_TOKEN and SLACK_API_URL (the bench's fake Slack: Bolt checks its token with auth.test)
 * from the environment.
 */
public final class BoltStock {

    public static void main(String[] args) throws Exception {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(System.getenv("SLACK_API_URL"));
        App app = new App(AppConfig.builder()
                .singleTeamBotToken(System.getenv("SLACK_BOT_TOKEN"))
                .signingSecret(System.getenv("SLACK_SIGNING_SECRET"))
                .slack(Slack.getInstance(slackConfig))
                .build());
        for (String command : new String[] {"/themebot", "/action"}) {
            app.command(command, (req, ctx) -> ctx.ack(req.getPayload().getCommand() + " ok"));
        }
        new SlackAppServer(app, "/slack/events", Integer.parseInt(System.getenv("PORT"))).start();
    }
}
