package org.themebot.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The HTTP side of the engine's Slack: {@code /sandbox/api/<method>} for the bot's token, the
 * upload URL of each file, and response URLs. Arguments come as Slack clients send them: form
 * fields (some holding JSON) or a JSON body. Each request takes the engine's next sequence
 * number, may meet an injected fault, and goes to the call log.
 */
final class ApiEndpoints {

    static final String API_PATH = "/sandbox/api/";
    static final String UPLOAD_PATH = "/sandbox/upload/";
    /** A file's url_private: its bytes, for a bot token only. */
    static final String PRIVATE_FILES_PATH = "/sandbox/files-pri/";

    /** Form fields Slack reads as JSON. */
    private static final List<String> JSON_FIELDS = List.of("blocks", "attachments", "view", "files", "metadata");

    private final ObjectMapper mapper = new ObjectMapper();
    private final WebApi api;
    private final Timeline timeline;
    private final ResponseUrls responseUrls;
    private final Faults faults;
    private final Map<String, Directory.Team> botTokens;
    private final AtomicLong sequence;
    private final Clock clock;
    private final Consumer<SlackCall> callLog;

    ApiEndpoints(WebApi api, Timeline timeline, ResponseUrls responseUrls, Faults faults, Map<String, Directory.Team> botTokens,
                 AtomicLong sequence, Clock clock, Consumer<SlackCall> callLog) {
        this.api = api;
        this.timeline = timeline;
        this.responseUrls = responseUrls;
        this.faults = faults;
        this.botTokens = botTokens;
        this.sequence = sequence;
        this.clock = clock;
        this.callLog = callLog;
    }

    void addRoutes(JavalinConfig cfg) {
        cfg.routes.post(API_PATH + "{method}", this::method);
        cfg.routes.post(UPLOAD_PATH + "{fileId}", this::upload);
        cfg.routes.post(ResponseUrls.PATH + "{token}", this::response);
        cfg.routes.get(PRIVATE_FILES_PATH + "{fileId}", this::privateFile);
    }

    /**
     * GET a file's url_private ("url_private" in the call log): its bytes for a bot token, as Slack
     * serves files.slack.com; without one, the redirect to sign in that Slack answers.
     */
    void privateFile(Context ctx) throws InterruptedException {
        long seq = sequence.incrementAndGet();
        Instant at = clock.instant();
        String token = bearer(ctx.header("Authorization")).orElse("");
        Optional<Timeline.SharedFile> file = timeline.file(ctx.pathParam("fileId")).filter(Timeline.SharedFile::uploaded);
        Optional<Faults.Fault> fault = faults.next("url_private");
        if (fault.isPresent()) {
            Thread.sleep(fault.get().delay().toMillis());
        }
        int status;
        if (fault.filter(Faults.Fault::replacesAnswer).isPresent()) {
            status = fault.get().status();
            ctx.status(status).result(fault.get().error());
        } else if (!botTokens.containsKey(token)) {
            status = 302;
            ctx.status(status).header("Location", "/sandbox/signin");
        } else if (file.isEmpty()) {
            status = 404;
            ctx.status(status).result("file_not_found");
        } else {
            status = 200;
            ctx.status(status).contentType(file.get().mimetype()).result(file.get().bytes());
        }
        ObjectNode args = mapper.createObjectNode().put("file_id", ctx.pathParam("fileId"));
        callLog.accept(new SlackCall(seq, at, "file", "url_private", ctx.path(), args, headers(ctx), token, status,
                fault.filter(Faults.Fault::replacesAnswer).isPresent(), null));
    }

    void method(Context ctx) throws InterruptedException {
        long seq = sequence.incrementAndGet();
        Instant at = clock.instant();
        String method = ctx.pathParam("method");
        ObjectNode args = arguments(ctx);
        String token = bearer(ctx.header("Authorization")).orElse(args.path("token").asText(""));
        Optional<Faults.Fault> fault = faults.next(method);
        if (fault.isPresent() && !fault.get().late()) {
            Thread.sleep(fault.get().delay().toMillis()); // a slow Slack is the point here
        }
        boolean faulted = fault.filter(Faults.Fault::replacesAnswer).isPresent();
        int status = faulted ? fault.get().status() : 200;
        ObjectNode answer;
        synchronized (timeline) { // effect and log entry together: whoever sees a post finds its call
            if (faulted) {
                answer = WebApi.error(fault.get().error());
                if (status == 429) {
                    ctx.header("Retry-After", Integer.toString(fault.get().retryAfterSeconds()));
                }
            } else if (WebApi.needsBotToken(method) && token.isEmpty()) {
                answer = WebApi.error("not_authed");
            } else if (WebApi.needsBotToken(method) && !botTokens.containsKey(token)) {
                answer = WebApi.error("invalid_auth");
            } else {
                answer = api.call(method, args, botTokens.get(token));
            }
            callLog.accept(new SlackCall(seq, at, "api", method, ctx.path(), args, headers(ctx), token, status,
                    faulted, answer));
        }
        if (fault.isPresent() && fault.get().late()) {
            Thread.sleep(fault.get().delay().toMillis());
        }
        ctx.status(status).json(answer);
    }

    /** The bytes of a file: the body as sent, or the first file of a multipart body. */
    void upload(Context ctx) throws IOException {
        long seq = sequence.incrementAndGet();
        Instant at = clock.instant();
        byte[] bytes;
        List<UploadedFile> parts = isMultipart(ctx) ? ctx.uploadedFiles() : List.of();
        if (parts.isEmpty()) {
            bytes = ctx.bodyAsBytes();
        } else {
            try (InputStream in = parts.get(0).content()) {
                bytes = in.readAllBytes();
            }
        }
        String fileId = ctx.pathParam("fileId");
        boolean known = timeline.upload(fileId, bytes);
        ObjectNode args = mapper.createObjectNode().put("file_id", fileId).put("length", bytes.length);
        callLog.accept(new SlackCall(seq, at, "upload", "upload", ctx.path(), args, headers(ctx), null,
                known ? 200 : 404, false, null));
        ctx.status(known ? 200 : 404).result(known ? "OK - " + bytes.length : "file_not_found");
    }

    void response(Context ctx) {
        long seq = sequence.incrementAndGet();
        Instant at = clock.instant();
        JsonNode body = readJson(ctx.body());
        int status = 200;
        ObjectNode answer;
        synchronized (timeline) { // effect and log entry together: whoever sees a post finds its call
            try {
                if (!body.isObject()) {
                    status = 400;
                    answer = WebApi.error("invalid_payload");
                } else if (responseUrls.respond(ctx.pathParam("token"), body)) {
                    answer = WebApi.ok();
                } else {
                    status = 404;
                    answer = WebApi.error("expired_url");
                }
            } catch (WebApi.Refused e) {
                status = 400;
                answer = WebApi.error(e.getMessage());
            }
            ObjectNode args = body.isObject() ? (ObjectNode) body : mapper.createObjectNode();
            callLog.accept(new SlackCall(seq, at, "response", "response_url", ctx.path(), args, headers(ctx), null,
                    status, false, answer));
        }
        ctx.status(status).json(answer);
    }

    private ObjectNode arguments(Context ctx) {
        ObjectNode args = mapper.createObjectNode();
        ctx.queryParamMap().forEach((name, values) -> args.put(name, values.get(values.size() - 1)));
        String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            JsonNode body = readJson(ctx.body());
            if (body.isObject()) {
                args.setAll((ObjectNode) body);
            }
        } else {
            ctx.formParamMap().forEach((name, values) -> args.put(name, values.get(values.size() - 1)));
        }
        for (String field : JSON_FIELDS) {
            JsonNode value = args.get(field);
            if (value != null && value.isTextual()) {
                JsonNode parsed = readJson(value.asText());
                if (parsed.isContainerNode()) {
                    args.set(field, parsed);
                } // otherwise left as text, which the method refuses as Slack does
            }
        }
        return args;
    }

    private JsonNode readJson(String text) {
        try {
            JsonNode node = mapper.readTree(text);
            return node == null ? mapper.missingNode() : node;
        } catch (JsonProcessingException e) {
            return mapper.missingNode();
        }
    }

    private static Map<String, String> headers(Context ctx) {
        Map<String, String> lower = new HashMap<>();
        ctx.headerMap().forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        return lower;
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring("bearer ".length()).strip());
    }

    private static boolean isMultipart(Context ctx) {
        return String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
