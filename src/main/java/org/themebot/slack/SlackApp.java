package org.themebot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import org.jdbi.v3.core.Jdbi;
import org.themebot.actions.ActionService;
import org.themebot.groups.GroupService;
import org.themebot.meetings.MeetingService;

/** The Bolt app with every feature's listeners, and the Web API client they all share. */
public final class SlackApp {

    private final SlackConfig slackConfig = new SlackConfig();
    private final App app;
    private final MethodsClient methods;

    /** Services the listeners call; one per feature. */
    public record Features(GroupService groups, ActionService actions, MeetingService meetings) {
    }

    public SlackApp(String botToken, String signingSecret, String apiUrl) {
        slackConfig.setMethodsEndpointUrlPrefix(apiUrl);
        Slack slack = Slack.getInstance(slackConfig);
        this.methods = slack.methods(botToken);
        this.app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(botToken)
                .signingSecret(signingSecret)
                .build());
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

    public App app() {
        return app;
    }

    /** Registers every feature's listeners; replies are rendered on afterAck, messages leave through the outbox. */
    public void register(Features features, Jdbi jdbi, Outbox outbox, UserNames names, ExecutorService afterAck,
                         Clock clock) {
        SlashCommands commands = new SlashCommands(jdbi, outbox, names, afterAck, clock);
        GroupListeners.register(app, commands, features.groups());
        ActionListeners.register(app, commands, features.actions());
        MeetingListeners.register(app, commands, features.meetings(), new FileUploads(methods), names, afterAck, clock);
        HelpListeners.register(app, commands);
    }
}
