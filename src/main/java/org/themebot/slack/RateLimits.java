package org.themebot.slack;

import com.slack.api.methods.SlackApiException;
import java.time.Duration;

/** Slack's rate limits: an HTTP 429 says in Retry-After how many seconds to wait. */
public final class RateLimits {

    private RateLimits() {
    }

    public static boolean isRateLimited(SlackApiException e) {
        return e.getResponse().code() == 429;
    }

    public static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header == null ? "1" : header.strip())));
        } catch (NumberFormatException notSeconds) {
            return Duration.ofSeconds(1);
        }
    }
}
