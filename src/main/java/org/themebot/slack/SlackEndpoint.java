package org.themebot.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: hands Slack's signed requests from Javalin to the Bolt app and
 * Bolt's answer back. The signature is checked first (401 when bad or older than 5 minutes), and
 * a signed body that is no Slack payload gets 400; neither reaches a handler.
 */
public final class SlackEndpoint {

    private static final Logger log = LoggerFactory.getLogger(SlackEndpoint.class);

    private final App app;
    private final SlackRequestParser parser;
    private final SlackSignature.Verifier verifier;
    /** Signatures are about real time, whatever clock the domain runs on (tests move that one). */
    private final Clock wallClock = Clock.systemUTC();
    private static final Duration FRESHNESS = Duration.ofMinutes(5);

    public SlackEndpoint(App app, String signingSecret) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret));
    }

    /** Within 5 minutes of now either way (Bolt's check lets future timestamps through). */
    private boolean isFresh(String timestamp) {
        try {
            long seconds = Long.parseLong(timestamp == null ? "" : timestamp.strip());
            return Math.abs(wallClock.millis() - seconds * 1000) <= FRESHNESS.toMillis();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public void handle(Context ctx) throws Exception {
        String body = ctx.body();
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, Collections.list(ctx.req().getHeaders(name)));
        }
        RequestHeaders requestHeaders = new RequestHeaders(headers);
        String timestamp = requestHeaders.getFirstValue(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
        if (!isFresh(timestamp) || !verifier.isValid(timestamp, body,
                requestHeaders.getFirstValue(SlackSignature.HeaderNames.X_SLACK_SIGNATURE), wallClock.millis())) {
            ctx.status(401).json(Map.of("error", "invalid request"));
            return;
        }
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(ctx.path())
                    .queryString(ctx.queryParamMap())
                    .headers(requestHeaders)
                    .requestBody(body)
                    .remoteAddress(ctx.ip())
                    .build());
        } catch (RuntimeException e) {
            log.info("unreadable Slack payload: {}", e.getMessage());
            request = null;
        }
        if (request == null) {
            ctx.status(400).json(Map.of("error", "not a Slack payload"));
            return;
        }
        Response response = app.run(request);
        ctx.status(response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.res().addHeader(name, v)));
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        ctx.result(response.getBody() == null ? "" : response.getBody());
    }
}
