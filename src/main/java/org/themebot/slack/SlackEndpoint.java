package org.themebot.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}. The signature is checked on the raw body first (401 when bad or
 * older than 5 minutes). Slash commands, the bulk of the traffic, go straight to the
 * {@link CommandRouter} and are answered from here (when there is none, as for a stand-in app in a
 * test, they go to the Bolt app); buttons, forms, shortcuts and events go through the Bolt app. A signed body that is no Slack payload gets 400; neither reaches a handler.
 */
public final class SlackEndpoint {

    private static final Logger log = LoggerFactory.getLogger(SlackEndpoint.class);
    private static final String JSON = "application/json";

    private final App app;
    private final SlackRequestParser parser;
    private final RequestSignature signature;
    private final CommandRouter commands;
    private final AfterAcks afterAcks;

    /** {@code commands} may be null: then every request is the Bolt app's. */
    public SlackEndpoint(App app, String signingSecret, CommandRouter commands, AfterAcks afterAcks) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signature = new RequestSignature(signingSecret);
        this.commands = commands;
        this.afterAcks = afterAcks;
    }

    public void handle(Context ctx) throws Exception {
        byte[] body = ctx.bodyAsBytes();
        String timestamp = ctx.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
        if (!signature.isValid(timestamp, ctx.header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE), body)) {
            ctx.status(401).contentType(JSON).result("{\"error\":\"invalid request\"}");
            return;
        }
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        if (contentType.startsWith("application/x-www-form-urlencoded") && !startsWith(body, "payload=")) {
            Map<String, String> form;
            try {
                form = form(body);
            } catch (IllegalArgumentException e) {
                ctx.status(400).contentType(JSON).result("{\"error\":\"not a Slack payload\"}");
                return;
            }
            if (commands != null && commands.routes(String.valueOf(form.get("command")))) {
                command(ctx, form);
                return;
            }
        }
        viaBolt(ctx, new String(body, StandardCharsets.UTF_8));
    }

    /**
     * A page of Bolt's OAuth flow ({@code GET /slack/install}, {@code GET /slack/oauth_redirect}): a
     * browser's request, not Slack's, so unsigned; Bolt tells the two paths apart.
     */
    public void page(Context ctx) throws Exception {
        // the redirect's URL holds a code and a state: no cache keeps the page, no link passes the URL on
        ctx.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
        viaBolt(ctx, "");
    }

    private void command(Context ctx, Map<String, String> form) {
        SlashCommand command = new SlashCommand(form.get("team_id"), form.get("enterprise_id"), form.get("channel_id"),
                form.get("channel_name"), form.get("user_id"), form.get("command"), form.get("text"),
                form.get("trigger_id"), form.get("response_url"));
        CommandRouter.Acked acked = commands.handle(command);
        if (acked.status() != 200) {
            ctx.status(acked.status()).contentType(JSON).result(acked.status() == 403
                    ? "{\"error\":\"not a workspace this app serves\"}" : "{\"error\":\"not a slash command\"}");
            return;
        }
        ctx.contentType(JSON).result(acked.message().map(SlackMessage::ackBody).orElse(new byte[0]));
        acked.afterAck().ifPresent(work -> afterAcks.run(work, command.teamId(), command.triggerId(), command.responseUrl()));
    }

    private void viaBolt(Context ctx, String body) throws Exception {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, Collections.list(ctx.req().getHeaders(name)));
        }
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(ctx.path())
                    .queryString(ctx.queryParamMap())
                    .headers(new RequestHeaders(headers))
                    .requestBody(body)
                    .remoteAddress(ctx.ip())
                    .build());
        } catch (RuntimeException e) {
            log.info("unreadable Slack payload: {}", e.getMessage());
            request = null;
        }
        if (request == null) {
            ctx.status(400).contentType(JSON).result("{\"error\":\"not a Slack payload\"}");
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

    /** An application/x-www-form-urlencoded body as its fields (the last of a repeated name wins). */
    static Map<String, String> form(byte[] body) {
        Map<String, String> fields = new HashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.put(name, value);
        }
        return fields;
    }

    private static boolean startsWith(byte[] body, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (body.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (body[i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}
