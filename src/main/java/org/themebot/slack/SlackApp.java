package org.themebot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** The Bolt app (buttons, forms, shortcuts, events, and commands over Socket Mode) and the Web API client. */
public final class SlackApp {

    /** The longest one Web API call may take, retries inside the client included. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final SlackConfig slackConfig = new SlackConfig();
    private final Slack slack;
    private final App app;
    private final MethodsClient methods;

    public SlackApp(String botToken, String signingSecret, String apiUrl) {
        this(botToken, signingSecret, apiUrl, UnaryOperator.identity());
    }

    /**
     * Many workspaces (installed with OAuth): Bolt finds each request's token among the installs;
     * {@code oauth} adds the app's OAuth client to its config. {@link #methods()} then has no token.
     */
    public static SlackApp multiWorkspace(String signingSecret, String apiUrl,
                                          UnaryOperator<AppConfig.AppConfigBuilder> oauth) {
        return new SlackApp(null, signingSecret, apiUrl, oauth);
    }

    private SlackApp(String botToken, String signingSecret, String apiUrl,
                     UnaryOperator<AppConfig.AppConfigBuilder> more) {
        slackConfig.setMethodsEndpointUrlPrefix(apiUrl);
        // A call that cannot hang keeps each outbox send well inside its lease (Outbox.LEASE).
        slackConfig.setHttpClientCallTimeoutMillis((int) CALL_TIMEOUT.toMillis());
        // The SDK otherwise keeps statistics of every call in memory, on a thread of its own, for its
        // async clients' rate limiter; themebot uses neither (the outbox waits out 429s itself).
        slackConfig.setStatsEnabled(false);
        this.slack = Slack.getInstance(slackConfig);
        this.methods = botToken == null ? slack.methods() : slack.methods(botToken);
        AppConfig.AppConfigBuilder config = AppConfig.builder().slack(slack).signingSecret(signingSecret);
        this.app = new App(more.apply(botToken == null ? config : config.singleTeamBotToken(botToken)).build());
    }

    /**
     * Sends every later Web API call to another base (the sandbox's, once its port is known). Bolt
     * makes a client per request from the config; the shared client copied the prefix when made.
     */
    public void useApiUrl(String apiUrl) {
        slackConfig.setMethodsEndpointUrlPrefix(apiUrl);
        methods.setEndpointUrlPrefix(apiUrl);
    }

    /** The client every outbound call uses (all under SLACK_API_URL). */
    public MethodsClient methods() {
        return methods;
    }

    public Slack slack() {
        return slack;
    }

    public App app() {
        return app;
    }

    /**
     * Slash commands that come through Bolt (Socket Mode, and tests that run the app in-process)
     * take the same path as those the HTTP endpoint routes itself.
     */
    public void routeCommands(CommandRouter router, AfterAcks afterAcks) {
        for (CommandTable table : router.tables()) {
            app.command(table.command(), (req, ctx) -> {
                SlashCommandPayload p = req.getPayload();
                SlashCommand command = new SlashCommand(p.getTeamId(), p.getEnterpriseId(), p.getChannelId(),
                        p.getChannelName(), p.getUserId(), p.getCommand(), p.getText(), p.getTriggerId(),
                        p.getResponseUrl());
                CommandRouter.Acked acked = router.handle(command);
                acked.afterAck().ifPresent(work -> afterAcks.run(work, command.teamId(), command.triggerId(), command.responseUrl()));
                return Response.builder().statusCode(acked.status()).contentType("application/json")
                        .body(acked.message().map(m -> m.ephemeralJson(false)).orElse("")).build();
            });
        }
    }
}
