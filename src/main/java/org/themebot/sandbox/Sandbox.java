package org.themebot.sandbox;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.config.ThemebotConfig;
import org.themebot.mail.MailSender;
import org.themebot.slack.SlackApp;

/**
 * Sandbox mode: with no Slack credentials, themebot plays Slack for itself. It serves a page
 * (GET /) where one picks a person and a channel and types commands, and the {@link SlackEngine}'s
 * Web API under /sandbox/api/ for a made-up workspace. The bot runs exactly as with Slack: what happens
 * on the page reaches it as signed requests on /slack/events, and its Web API calls come back
 * here over HTTP.
 */
public final class Sandbox {

    private static final Logger log = LoggerFactory.getLogger(Sandbox.class);

    /** The token the sandbox's Slack accepts: made up, for a workspace that exists only here. */
    private static final String BOT_TOKEN = "xoxb-sandbox-themebot";
    private static final String LOCALHOST = "http://127.0.0.1:";

    /** Slack's clock, not the bot's: signatures and trigger ids are about real time. */
    private final Clock slackTime = Clock.systemUTC();
    private final String signingSecret = randomSecret();
    private final SlackEngine engine;
    private final Relay relay;
    private final PageEndpoints page;
    private final Demo demo;
    private final CaughtMail mail;
    private final boolean loadDemo;

    /**
     * Whether a channel of the workspace has a theme group: the bot's database answers, so that the
     * demo and the page's hints learn it without typing a command anyone would see.
     */
    @FunctionalInterface
    public interface ThemeGroups {
        boolean existIn(String workspaceId, String channelId);
    }

    /**
     * loadDemo: type the demo in as soon as the app listens (THEMEBOT_DEMO=1). botClock and zone:
     * the bot's clock and its groups' default time zone, which date the demo's recent meeting.
     */
    public Sandbox(boolean loadDemo, Clock botClock, ZoneId zone, ThemeGroups groups) {
        this.loadDemo = loadDemo;
        // Nobody reads the sandbox's call log: the page shows what the calls did.
        this.engine = new SlackEngine(Workspace.directory(), BOT_TOKEN, slackTime, call -> { });
        this.relay = new Relay(engine.requests(), signingSecret, slackTime, Relay.SLACK_PATIENCE);
        AppManifest manifest = AppManifest.shipped();
        MessageBox messageBox = new MessageBox(relay, engine.timeline(), manifest);
        this.demo = new Demo(messageBox, engine.timeline(), botClock, zone, groups);
        this.mail = new CaughtMail(engine.timeline(), slackTime);
        this.page = new PageEndpoints(engine.timeline(), engine.views(), relay, messageBox, demo,
                new PageState(engine.timeline(), engine.views(), manifest, groups, mail), manifest, mail);
    }

    /**
     * The Slack settings the bot runs with here: the made-up token, this run's signing secret, and
     * the sandbox's Web API on the configured port (see {@link #start} for port 0).
     */
    public ThemebotConfig.Slack slackSettings(int port) {
        return new ThemebotConfig.Slack(Optional.of(BOT_TOKEN), Optional.of(signingSecret), Optional.empty(),
                apiUrl(port));
    }

    /** Where themebot's mail goes in sandbox mode, unless an SMTP server is set: the page's Mail view. */
    public MailSender mail() {
        return mail;
    }

    /** Declares the page, its assets and the Slack-like API on the app's server. */
    public void addRoutes(JavalinConfig cfg) {
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/sandbox/page";
            files.location = Location.CLASSPATH;
        });
        engine.addRoutes(cfg);
        cfg.routes.get("/sandbox/state", page::state);
        cfg.routes.post("/sandbox/messages", page::message);
        cfg.routes.post("/sandbox/files", page::share);
        cfg.routes.post("/sandbox/picked-files", page::pick);
        cfg.routes.post("/sandbox/actions", page::action);
        cfg.routes.post("/sandbox/shortcuts", page::shortcut);
        cfg.routes.post("/sandbox/submissions", page::submit);
        cfg.routes.post("/sandbox/closed", page::close);
        cfg.routes.post("/sandbox/home", page::home);
        cfg.routes.post("/sandbox/demo", page::loadDemo);
        cfg.routes.get(PageEndpoints.FILES_PATH + "{fileId}", page::file);
        cfg.routes.get(PageEndpoints.MAIL_PATH + "{mailId}/{index}", page::mailFile);
    }

    /**
     * Called once the server listens, as only then is the port known (tests ask for 0): points the
     * relay at the app and the app's Web API calls at the engine, then loads the demo if asked.
     */
    public void start(int port, SlackApp slackApp) {
        engine.listensAt(LOCALHOST + port);
        relay.sendTo(LOCALHOST + port);
        slackApp.useApiUrl(engine.apiUrl());
        if (loadDemo) {
            Thread loading = new Thread(() -> log.info("sandbox: {}", demo.load().message()), "sandbox-demo");
            loading.setDaemon(true);
            loading.start();
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String apiUrl(int port) {
        return LOCALHOST + port + ApiEndpoints.API_PATH;
    }
}
