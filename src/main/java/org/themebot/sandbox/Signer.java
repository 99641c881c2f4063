package org.themebot.sandbox;

import com.slack.api.app_backend.SlackSignature;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs a request body as Slack does (v0: HMAC-SHA256 over "v0:{timestamp}:{body}" with the app's
 * signing secret), with Bolt's own {@link SlackSignature.Generator}, so what an app verifies is
 * exactly what Slack would have sent.
 */
public final class Signer {

    private static final String USER_AGENT = "Slackbot 1.0 (+https://api.slack.com/robots)";

    private final SlackSignature.Generator generator;

    public Signer(String signingSecret) {
        this.generator = new SlackSignature.Generator(signingSecret);
    }

    /** X-Slack-Request-Timestamp and X-Slack-Signature for a body signed at a time (epoch seconds). */
    public Map<String, String> signature(String body, long timestampSeconds) {
        String timestamp = Long.toString(timestampSeconds);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp);
        headers.put(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, generator.generate(timestamp, body));
        return headers;
    }

    /** Every header Slack sends with a body of this content type signed at a time. */
    public Map<String, String> headers(String body, String contentType, long timestampSeconds) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("User-Agent", USER_AGENT);
        headers.putAll(signature(body, timestampSeconds));
        return headers;
    }
}
