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
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.goodpractice.GoodPracticeSettingsService;
import org.themebot.groups.GroupService;
import org.themebot.home.HomeService;
import org.themebot.meetings.MeetingService;
import org.themebot.reminders.DigestService;
import org.themebot.reminders.RoundupService;
import org.themebot.reminders.ScheduleService;

/** The Bolt app with every feature's listeners, and the Web API client they all share. */
public final class SlackApp {

    private final SlackConfig slackConfig = new SlackConfig();
    private final App app;
    private final MethodsClient methods;

    /** Services the listeners call; one per feature. */
    public record Features(GroupService groups, ActionService actions, MeetingService meetings,
                           ScheduleService schedules, DigestService digests, RoundupService roundups,
                           GoodPracticeService goodPractice, GoodPracticeSettingsService goodPracticeSettings,
                           HomeService home) {
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
        FileUploads uploads = new FileUploads(methods);
        GroupListeners.register(app, commands, features.groups(), features.schedules(), features.digests(),
                features.goodPracticeSettings());
        ActionListeners.register(app, commands, features.actions(), features.meetings(), outbox, names, afterAck, clock);
        MeetingListeners.register(app, commands, features.meetings(), features.roundups(), uploads, names, afterAck,
                clock);
        AppHome home = new AppHome(features.home(), methods, afterAck, clock);
        home.register(app, jdbi);
        ActionButtons.register(app, features.actions(), features.roundups(), outbox, methods, names, afterAck,
                clock, home);
        GoodPracticeListeners.register(app, commands, features.goodPractice(), uploads, outbox, names, afterAck, clock);
        HelpListeners.register(app, commands);
    }
}
