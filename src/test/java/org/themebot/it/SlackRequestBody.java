package org.themebot.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How Slack clients encode what they send: form fields (some holding JSON), JSON bodies, file bytes. */
final class SlackRequestBody {

    /** Form fields whose value Slack takes as JSON. */
    private static final List<String> JSON_ARGS = List.of("blocks", "attachments", "view", "files", "metadata");

    private SlackRequestBody() {
    }

    /** Query string and body (form or JSON) as one object; JSON-valued form fields decoded. */
    static ObjectNode arguments(Context ctx, String contentType) {
        ObjectNode args = JsonNodeFactory.instance.objectNode();
        ctx.queryParamMap().forEach((k, v) -> args.put(k, v.get(v.size() - 1)));
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        String body = ctx.body();
        if (type.equals("application/json")) {
            try {
                JsonNode parsed = FakeSlack.MAPPER.readTree(body.isBlank() ? "{}" : body);
                if (parsed.isObject()) {
                    args.setAll((ObjectNode) parsed);
                } else {
                    args.set("_json", parsed);
                }
            } catch (JsonProcessingException e) {
                args.put("_unparsed", body);
            }
        } else if (!body.isEmpty() && !type.startsWith("multipart/")) {
            form(body).forEach(args::put);
        }
        for (String key : JSON_ARGS) {
            JsonNode value = args.get(key);
            if (value != null && value.isTextual() && value.asText().strip().matches("(?s)^[\\[{].*")) {
                try {
                    args.set(key, FakeSlack.MAPPER.readTree(value.asText()));
                } catch (JsonProcessingException e) {
                    // left as text: the method answers as Slack would for a malformed argument
                }
            }
        }
        return args;
    }

    /** Fields of an application/x-www-form-urlencoded body, last value of each name winning. */
    static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
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

    /** The file's bytes: the raw body, or the first part of a multipart body. */
    static byte[] fileBytes(String contentType, byte[] body) {
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("boundary=");
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/") || at < 0) {
            return body;
        }
        String boundary = "--" + contentType.substring(at + "boundary=".length()).split(";")[0].replace("\"", "").strip();
        String latin = new String(body, StandardCharsets.ISO_8859_1);
        int start = latin.indexOf(boundary);
        int headersEnd = start < 0 ? -1 : latin.indexOf("\r\n\r\n", start);
        int end = headersEnd < 0 ? -1 : latin.indexOf("\r\n" + boundary, headersEnd);
        return end < 0 ? body : Arrays.copyOfRange(body, headersEnd + 4, end);
    }

    static Map<String, String> lowerCase(Map<String, String> headers) {
        Map<String, String> lower = new HashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return lower;
    }
}
