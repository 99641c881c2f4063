package org.themebot.slack;

import com.google.gson.JsonObject;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
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
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.store.OutboxStore;

/**
 * The one way messages leave for Slack (chat.postMessage, and chat.update of the bot's own DMs).
 * A message is written to the outbox table first, then a single sender thread sends it in order: so a crash loses nothing that was acknowledged, a key
 * can be queued only once, and a 429 pauses sending for its Retry-After instead of dropping.
 */
public final class Outbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final String POST_MESSAGE = "chat.postMessage";
    private static final String UPDATE_MESSAGE = "chat.update";
    private static final int MAX_ATTEMPTS = 10;
    private static final IntervalFunction BACKOFF = IntervalFunction.ofExponentialBackoff(Duration.ofSeconds(1), 2.0,
            Duration.ofMinutes(10));
    /** Errors that no retry can mend: the message is marked failed and logged. */
    private static final Set<String> PERMANENT = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "user_not_found", "user_disabled", "cannot_dm_bot", "account_inactive", "invalid_auth", "not_authed",
            "invalid_blocks", "invalid_blocks_format", "msg_too_long", "no_text", "restricted_action",
            "invalid_arguments", "messages_tab_disabled", "token_revoked", "missing_scope",
            "message_not_found", "cant_update_message", "edit_window_closed");

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
        enqueue(jdbi.onDemand(OutboxStore.class), null, POST_MESSAGE, payload(channel, message));
        wake();
    }

    /**
     * Queues a message under a key inside the caller's transaction (the one that claims what it
     * is about), so the claim and the message are committed together or not at all. Returns
     * false, queueing nothing, if the key was queued before. Call {@link #wake} after the commit.
     */
    public boolean postOnce(Handle handle, String key, String channel, SlackMessage message) {
        return enqueue(handle.attach(OutboxStore.class), key, POST_MESSAGE, payload(channel, message));
    }

    /** Queues a replacement of a message the bot sent (chat.update), e.g. a reminder after its Done button. */
    public void update(String channel, String ts, SlackMessage message) {
        JsonObject payload = payload(channel, message);
        payload.addProperty("ts", ts);
        enqueue(jdbi.onDemand(OutboxStore.class), null, UPDATE_MESSAGE, payload);
        wake();
    }

    /** Has the sender look at the outbox now rather than at its next poll. */
    public void wake() {
        wake.release();
    }

    private static JsonObject payload(String channel, SlackMessage message) {
        JsonObject payload = new JsonObject();
        payload.addProperty("channel", channel);
        payload.addProperty("text", message.text());
        payload.addProperty("blocks", message.blocksJson());
        return payload;
    }

    private boolean enqueue(OutboxStore store, String key, String method, JsonObject payload) {
        return store.enqueue(key, method, payload.toString(), clock.instant());
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
            SlackApiTextResponse response = call(message.method(), payload);
            if (response.isOk()) {
                store.markSent(message.id(), clock.instant());
            } else {
                failed(store, message, response.getError());
            }
            return Optional.empty();
        } catch (SlackApiException e) {
            if (RateLimits.isRateLimited(e)) {
                Duration wait = RateLimits.retryAfter(e);
                log.info("outbox: Slack rate-limited {}, waiting {} s", message.method(), wait.toSeconds());
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

    private SlackApiTextResponse call(String method, JsonObject payload) throws IOException, SlackApiException {
        String channel = payload.get("channel").getAsString();
        String text = payload.get("text").getAsString();
        String blocks = payload.get("blocks").getAsString();
        if (method.equals(UPDATE_MESSAGE)) {
            return slack.chatUpdate(r -> r.channel(channel).ts(payload.get("ts").getAsString()).text(text)
                    .blocksAsString(blocks));
        }
        return slack.chatPostMessage(r -> r.channel(channel).text(text).blocksAsString(blocks));
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
