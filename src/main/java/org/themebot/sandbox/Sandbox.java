package org.themebot.sandbox;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.themebot.config.ThemebotConfig;

/**
 * Sandbox mode: with no Slack credentials, themebot plays Slack for itself. It serves a page
 * (GET /) where one picks a person and a channel and types commands, and a Slack-like Web API
 * under /sandbox/api/ for a made-up workspace. The bot runs exactly as with Slack: what happens
 * on the page reaches it as signed requests on /slack/events, and its Web API calls come back
 * here over HTTP.
 */
public final class Sandbox {

    /** The token the sandbox's Slack accepts: made up, for a workspace that exists only here. */
    private static final String BOT_TOKEN = "xoxb-sandbox-themebot";
    private static final String LOCALHOST = "http://127.0.0.1:";

    /** Slack's clock, not the bot's: signatures and trigger ids are about real time. */
    private final Clock slackTime = Clock.systemUTC();
    private final String signingSecret = randomSecret();
    private final Relay relay;
    private final ApiEndpoints api;
    private final PageEndpoints page;

    public Sandbox() {
        Timeline timeline = new Timeline(slackTime);
        Views views = new Views(slackTime, timeline);
        ResponseUrls responseUrls = new ResponseUrls(timeline);
        this.relay = new Relay(signingSecret, views, responseUrls, slackTime);
        WebApi webApi = new WebApi(timeline, views, fileId -> relay.appUrl() + ApiEndpoints.UPLOAD_PATH + fileId);
        this.api = new ApiEndpoints(BOT_TOKEN, webApi, timeline, responseUrls);
        this.page = new PageEndpoints(timeline, views, relay);
    }

    /**
     * The Slack settings the bot runs with here: the made-up token, this run's signing secret, and
     * the sandbox's Web API on the configured port (see {@link #listeningOn} for port 0).
     */
    public ThemebotConfig.Slack slackSettings(int port) {
        return new ThemebotConfig.Slack(Optional.of(BOT_TOKEN), Optional.of(signingSecret), Optional.empty(),
                apiUrl(port));
    }

    /** Declares the page, its assets and the Slack-like API on the app's server. */
    public void addRoutes(JavalinConfig cfg) {
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/sandbox/page";
            files.location = Location.CLASSPATH;
        });
        cfg.routes.post(ApiEndpoints.API_PATH + "{method}", api::method);
        cfg.routes.post(ApiEndpoints.UPLOAD_PATH + "{fileId}", api::upload);
        cfg.routes.post(ApiEndpoints.RESPONSE_PATH + "{token}", api::response);
        cfg.routes.get("/sandbox/state", page::state);
        cfg.routes.post("/sandbox/messages", page::message);
        cfg.routes.post("/sandbox/actions", page::action);
        cfg.routes.post("/sandbox/submissions", page::submit);
        cfg.routes.post("/sandbox/closed", page::close);
        cfg.routes.post("/sandbox/home", page::home);
        cfg.routes.post("/sandbox/demo", page::loadDemo);
        cfg.routes.get(PageEndpoints.FILES_PATH + "{fileId}", page::file);
    }

    /**
     * Called once the server listens (a test's port 0 is known only then): the relay now knows
     * where to send requests; returns where the bot's Web API calls must go.
     */
    public String listeningOn(int port) {
        relay.sendTo(LOCALHOST + port);
        return apiUrl(port);
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
