package org.themebot.slack;

import com.google.gson.JsonObject;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.github.resilience4j.core.IntervalFunction;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.store.OutboxStore;

/**
 * The one way messages leave for Slack. A message is written to the outbox table first, then a
 * single sender thread posts it in order: so a crash loses nothing that was acknowledged, a key
 * can be queued only once, and a 429 pauses sending for its Retry-After instead of dropping.
 */
public final class Outbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final String POST_MESSAGE = "chat.postMessage";
    private static final int MAX_ATTEMPTS = 10;
    private static final IntervalFunction BACKOFF = IntervalFunction.ofExponentialBackoff(Duration.ofSeconds(1), 2.0,
            Duration.ofMinutes(10));
    /** Errors that no retry can mend: the message is marked failed and logged. */
    private static final Set<String> PERMANENT = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "user_not_found", "user_disabled", "cannot_dm_bot", "account_inactive", "invalid_auth", "not_authed",
            "invalid_blocks", "invalid_blocks_format", "msg_too_long", "no_text", "restricted_action",
            "invalid_arguments", "messages_tab_disabled", "token_revoked", "missing_scope");

    private final Jdbi jdbi;
    private final MethodsClient slack;
    private final Clock clock;
    private final Duration pollInterval;
    private final Semaphore wake = new Semaphore(0);
    private final Thread sender;
    private volatile boolean running = true;

    public Outbox(Jdbi jdbi, MethodsClient slack, Clock clock, Duration pollInterval) {
        this.jdbi = jdbi;
        this.slack = slack;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.sender = new Thread(this::sendLoop, "outbox-sender");
        this.sender.setDaemon(true);
    }

    public void start() {
        sender.start();
    }

    /** Queues a message to a channel, or to a user's DM when channel is a user id. */
    public void post(String channel, SlackMessage message) {
        enqueue(null, channel, message);
    }

    /** Queues a message under a key; returns false (and queues nothing) if that key was queued before. */
    public boolean postOnce(String key, String channel, SlackMessage message) {
        return enqueue(key, channel, message);
    }

    private boolean enqueue(String key, String channel, SlackMessage message) {
        JsonObject payload = new JsonObject();
        payload.addProperty("channel", channel);
        payload.addProperty("text", message.text());
        payload.addProperty("blocks", message.blocksJson());
        boolean queued = jdbi.onDemand(OutboxStore.class).enqueue(key, POST_MESSAGE, payload.toString(), clock.instant());
        wake.release();
        return queued;
    }

    private void sendLoop() {
        while (running) {
            try {
                Duration pause = sendDue();
                wake.tryAcquire(Math.max(1, pause.toMillis()), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("outbox: sending failed, trying again shortly", e);
                sleepQuietly(pollInterval);
            }
        }
    }

    /** Sends what is due, in order; returns how long to wait before looking again. */
    private Duration sendDue() {
        OutboxStore store = jdbi.onDemand(OutboxStore.class);
        List<OutboxStore.Pending> due = store.due(clock.instant(), 50);
        for (OutboxStore.Pending message : due) {
            if (!running) {
                return pollInterval;
            }
            Optional<Duration> rateLimited = send(store, message);
            if (rateLimited.isPresent()) {
                return rateLimited.get(); // later messages wait too, so order is kept
            }
        }
        if (due.size() == 50) {
            return Duration.ZERO;
        }
        Duration untilNext = store.nextAttempt()
                .map(next -> Duration.between(clock.instant(), next))
                .orElse(pollInterval);
        return untilNext.compareTo(pollInterval) < 0 ? untilNext : pollInterval;
    }

    /** Posts one message; a rate limit comes back as the time to wait. */
    private Optional<Duration> send(OutboxStore store, OutboxStore.Pending message) {
        JsonObject payload = SlackMessage.GSON.fromJson(message.payload(), JsonObject.class);
        try {
            ChatPostMessageResponse response = slack.chatPostMessage(r -> r
                    .channel(payload.get("channel").getAsString())
                    .text(payload.get("text").getAsString())
                    .blocksAsString(payload.get("blocks").getAsString()));
            if (response.isOk()) {
                store.markSent(message.id(), clock.instant());
            } else {
                failed(store, message, response.getError());
            }
            return Optional.empty();
        } catch (SlackApiException e) {
            if (RateLimits.isRateLimited(e)) {
                Duration wait = RateLimits.retryAfter(e);
                log.info("outbox: Slack rate-limited {}, waiting {} s", POST_MESSAGE, wait.toSeconds());
                store.retryAt(message.id(), clock.instant().plus(wait), message.attempts(), "ratelimited");
                return Optional.of(wait);
            }
            failed(store, message, "HTTP " + e.getResponse().code());
            return Optional.empty();
        } catch (IOException e) {
            failed(store, message, e.getClass().getSimpleName() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private void failed(OutboxStore store, OutboxStore.Pending message, String error) {
        int attempts = message.attempts() + 1;
        if (PERMANENT.contains(error) || attempts >= MAX_ATTEMPTS) {
            log.warn("outbox: giving up on message {} after {} attempt(s): {}", message.id(), attempts, error);
            store.markFailed(message.id(), error);
            return;
        }
        Instant next = clock.instant().plusMillis(BACKOFF.apply(attempts));
        log.warn("outbox: message {} failed ({}), attempt {} of {}, retrying at {}", message.id(), error, attempts,
                MAX_ATTEMPTS, next);
        store.retryAt(message.id(), next, attempts, error);
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        wake.release();
        try {
            sender.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
