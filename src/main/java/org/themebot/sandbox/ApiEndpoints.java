package org.themebot.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The HTTP side of the sandbox's Slack: {@code /sandbox/api/<method>} for the bot's token only,
 * the upload URL of each file, and response URLs. Arguments come as Slack clients send them:
 * form fields (some holding JSON) or a JSON body.
 */
final class ApiEndpoints {

    static final String API_PATH = "/sandbox/api/";
    static final String UPLOAD_PATH = "/sandbox/upload/";
    static final String RESPONSE_PATH = "/sandbox/response/";

    /** Form fields Slack reads as JSON. */
    private static final List<String> JSON_FIELDS = List.of("blocks", "attachments", "view", "files", "metadata");

    private final ObjectMapper mapper = new ObjectMapper();
    private final String botToken;
    private final WebApi api;
    private final Timeline timeline;
    private final ResponseUrls responseUrls;

    ApiEndpoints(String botToken, WebApi api, Timeline timeline, ResponseUrls responseUrls) {
        this.botToken = botToken;
        this.api = api;
        this.timeline = timeline;
        this.responseUrls = responseUrls;
    }

    void method(Context ctx) {
        ObjectNode args = arguments(ctx);
        String token = bearer(ctx.header("Authorization")).orElse(args.path("token").asText(""));
        ObjectNode answer;
        if (token.isEmpty()) {
            answer = WebApi.error("not_authed");
        } else if (!token.equals(botToken)) {
            answer = WebApi.error("invalid_auth");
        } else {
            answer = api.call(ctx.pathParam("method"), args);
        }
        ctx.json(answer);
    }

    /** The bytes of a file: the body as sent, or the first file of a multipart body. */
    void upload(Context ctx) throws IOException {
        byte[] bytes;
        List<UploadedFile> parts = isMultipart(ctx) ? ctx.uploadedFiles() : List.of();
        if (parts.isEmpty()) {
            bytes = ctx.bodyAsBytes();
        } else {
            try (InputStream in = parts.get(0).content()) {
                bytes = in.readAllBytes();
            }
        }
        boolean known = timeline.upload(ctx.pathParam("fileId"), bytes);
        ctx.status(known ? 200 : 404).result(known ? "OK - " + bytes.length : "file_not_found");
    }

    void response(Context ctx) {
        JsonNode body = readJson(ctx.body());
        if (!body.isObject()) {
            ctx.status(400).json(WebApi.error("invalid_payload"));
        } else if (responseUrls.respond(ctx.pathParam("token"), body)) {
            ctx.json(WebApi.ok());
        } else {
            ctx.status(404).json(WebApi.error("expired_url"));
        }
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
