package org.themebot.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The one Slack engine: a workspace's state (people and channels, messages and ephemerals,
 * response_urls, modals and Home tabs, files), Slack's limits and error names, its Web API served
 * over HTTP, and the signed requests Slack sends an app. The sandbox page runs on it, and the tests
 * use the same classes through their FakeSlack facade. Its seams: the {@link Directory} says who
 * the people are, the call log hears every request it gets, and {@link Faults} changes answers.
 */
public final class SlackEngine {

    private final AtomicLong sequence = new AtomicLong();
    /** The bot tokens the Web API takes, each with the workspace it is for (auth.test answers with it). */
    private final Map<String, Directory.Team> botTokens = new ConcurrentHashMap<>();
    private final Directory directory;
    private final Timeline timeline;
    private final Views views;
    private final ResponseUrls responseUrls;
    private final WebApi webApi;
    private final Faults faults = new Faults();
    private final ApiEndpoints endpoints;
    private final SlackRequests requests;
    private volatile String baseUrl;

    /**
     * slackTime is Slack's clock (trigger ids expire, timestamps are signed on it); callLog hears
     * every request the engine gets, in order.
     */
    public SlackEngine(Directory directory, String botToken, Clock slackTime, Consumer<SlackCall> callLog) {
        this.directory = directory;
        botTokens.put(botToken, directory.team());
        this.timeline = new Timeline(slackTime, sequence, fileId -> baseUrl() + ApiEndpoints.PRIVATE_FILES_PATH + fileId);
        this.views = new Views(slackTime, timeline, directory);
        this.responseUrls = new ResponseUrls(timeline, directory, this::baseUrl);
        this.webApi = new WebApi(directory, timeline, views, botToken,
                fileId -> baseUrl() + ApiEndpoints.UPLOAD_PATH + fileId);
        this.endpoints = new ApiEndpoints(webApi, timeline, responseUrls, faults, botTokens, sequence, slackTime, callLog);
        this.requests = new SlackRequests(directory, views, responseUrls, slackTime);
    }

    /** Declares the Web API, the upload URLs and the response URLs on a server. */
    public void addRoutes(JavalinConfig cfg) {
        endpoints.addRoutes(cfg);
    }

    /** Where the server with the engine's routes listens (e.g. http://127.0.0.1:3000), once it does. */
    public void listensAt(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    private String baseUrl() {
        if (baseUrl == null) {
            throw new IllegalStateException("the engine's server is not listening yet");
        }
        return baseUrl;
    }

    /** What an app's SLACK_API_URL should be: every Web API method is under it. */
    public String apiUrl() {
        return baseUrl() + ApiEndpoints.API_PATH;
    }

    /** The engine's position in its sequence of requests and posts: what comes later has a higher seq. */
    public long mark() {
        return sequence.get();
    }

    /**
     * A person shares a file in a channel with a message, as Slack's upload dialog does: the message
     * carries it in its "files" array, and its url_private serves the bytes to a bot token.
     */
    public Timeline.Post shareFile(String userId, String channelId, String text, String fileName, byte[] bytes) {
        return timeline.share(directory.resolve(channelId).id(), userId, text, fileName, bytes);
    }

    /** Another bot token the Web API takes, for the engine's workspace. */
    public void acceptToken(String botToken) {
        acceptToken(botToken, directory.team());
    }

    /** A bot token of the app installed in another workspace: auth.test with it names that workspace. */
    public void acceptToken(String botToken, Directory.Team team) {
        botTokens.put(botToken, team);
    }

    /** From now on a Web API method answers this, whatever it is asked (e.g. oauth.v2.access for a test's install). */
    public void answerWith(String method, ObjectNode answer) {
        webApi.answerWith(method, answer);
    }

    public Directory directory() {
        return directory;
    }

    public Timeline timeline() {
        return timeline;
    }

    public Views views() {
        return views;
    }

    public ResponseUrls responseUrls() {
        return responseUrls;
    }

    public Faults faults() {
        return faults;
    }

    /** The requests Slack sends an app, with this engine's trigger ids and response URLs. */
    public SlackRequests requests() {
        return requests;
    }

    WebApi webApi() {
        return webApi;
    }
}
