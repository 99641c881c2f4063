package org.themebot.slack;

import com.slack.api.methods.SlackApiException;
import java.time.Duration;

/** Slack's rate limits: an HTTP 429 says in Retry-After how many seconds to wait. */
final class RateLimits {

    private RateLimits() {
    }

    static boolean isRateLimited(SlackApiException e) {
        return e.getResponse().code() == 429;
    }

    static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header == null ? "1" : header.strip())));
        } catch (NumberFormatException notSeconds) {
            return Duration.ofSeconds(1);
        }
    }
}
