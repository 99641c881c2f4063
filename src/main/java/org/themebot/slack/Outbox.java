package org.themebot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.view.View;
import io.github.resilience4j.core.IntervalFunction;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.mail.MailMessage;
import org.themebot.mail.MailSender;
import org.themebot.mail.SendOutcome;
import org.themebot.people.Names;
import org.themebot.store.Liveness;
import org.themebot.store.OutboxStore;

/**
 * The one way messages leave themebot, for Slack and by mail. A change queues its {@link Intent}s in
 * its own transaction ({@link #queue}); this sender renders each when it sends it (fetching the
 * names it mentions then), so nothing acknowledged is lost and no ack waits on Slack or SMTP.
 *
 * <p>How it sends:
 * <ul>
 * <li><b>Once, across instances.</b> A message is leased (owner and expiry) before it is sent and
 *     marked sent by its lessee only; a dead instance's lease runs out and another sends it.
 *     The one window no lease closes: Slack took the message and the process died before marking
 *     it sent; it goes again after the lease.</li>
 * <li><b>In order per conversation.</b> Only the first pending message of a channel or DM is ever
 *     sent; one waiting on a retry holds back the ones after it.</li>
 * <li><b>A sick Slack pauses the workspace.</b> A 429 pauses its sends for Retry-After, a 5xx or a
 *     network failure for a growing back-off; a temporary SMTP failure (4xx, no connection)
 *     pauses all mail likewise; nothing is dropped. Errors no retry can mend fail
 *     the message at once; anything else fails after {@link #GIVE_UP_AFTER}; either way the
 *     group's secretaries are told once.</li>
 * </ul>
 */
public final class Outbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    static final String POST_MESSAGE = "chat.postMessage";
    static final String UPDATE_MESSAGE = "chat.update";
    static final String PUBLISH_HOME = "views.publish";
    static final String SEND_MAIL = "mail";
    /** Home tabs are views, made by {@link HomeViews} when sent; this kind carries whose and the notice. */
    static final MessageKind<Intent.HomeUpdate> HOME = MessageKind.of("home", Intent.HomeUpdate.class, (data, names) -> {
        throw new UnsupportedOperationException("a Home tab is a view, made by HomeViews");
    });
    /** How long a lease lets one instance send a message undisturbed: well beyond a Slack call's timeout. */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** A message Slack keeps refusing for passing reasons is given up (and reported) after this long. */
    static final Duration GIVE_UP_AFTER = Duration.ofDays(3);
    /** Unknown error names are retried this many times before they count as permanent. */
    private static final int UNKNOWN_ERROR_ATTEMPTS = 5;
    private static final int BATCH = 50;
    private static final int SENDERS = 4;
    private static final IntervalFunction BACKOFF = IntervalFunction.ofExponentialBackoff(Duration.ofSeconds(1), 2.0,
            Duration.ofMinutes(10));
    /** Errors no retry can mend. */
    private static final Set<String> PERMANENT = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "user_not_found", "user_disabled", "cannot_dm_bot", "account_inactive", "invalid_auth", "not_authed",
            "invalid_blocks", "invalid_blocks_format", "msg_too_long", "no_text", "restricted_action",
            "invalid_arguments", "messages_tab_disabled", "token_revoked", "missing_scope",
            "message_not_found", "cant_update_message", "edit_window_closed");
    /** Errors that say Slack is having trouble, not that the message is wrong. */
    private static final Set<String> PASSING = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "ratelimited");

    /** Who hears that a group's message could never be delivered: its secretaries (or chairs). */
    @FunctionalInterface
    public interface FailureRecipients {
        List<String> of(Handle handle, long groupId);
    }

    /** Makes a member's Home tab when it is published. */
    @FunctionalInterface
    public interface HomeViews {
        View view(String workspaceId, String userId, Optional<String> notice);
    }

    /** The message a failure report is made from. */
    public record Undelivered(String conversation, String kind, String error, Instant queuedAt) {
    }

    private final Jdbi jdbi;
    private final SlackClients slack;
    private final Optional<MailSender> mail;
    private final UserNames names;
    private final Clock clock;
    private final Duration pollInterval;
    private final FailureRecipients failureRecipients;
    private final HomeViews homeViews;
    private final MessageKind<Undelivered> undeliveredKind;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final Liveness instance;
    private final String instanceId;
    /** When the sender last looked for messages that instances which died had claimed. */
    private Instant lastLookedForTheDead = Instant.MIN;
    /** Workspaces whose sends wait (a 429, a 5xx), until when. */
    private final Map<String, Instant> pausedUntil = new ConcurrentHashMap<>();
    private final Semaphore wake = new Semaphore(0);
    private final ExecutorService senders;
    private final Thread loop;
    private volatile boolean running = true;

    /** {@code mail}: how mail leaves, when themebot has mail settings (none: no mail may be queued). */
    public Outbox(Jdbi jdbi, SlackClients slack, Optional<MailSender> mail, UserNames names, Clock clock,
                  Duration pollInterval, Liveness instance, FailureRecipients failureRecipients,
                  MessageKind.Renderer<Undelivered> failureReport, HomeViews homeViews) {
        this.jdbi = jdbi;
        this.slack = slack;
        this.mail = mail;
        this.names = names;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.instance = instance;
        this.instanceId = instance.self();
        this.failureRecipients = failureRecipients;
        this.homeViews = homeViews;
        register(HOME);
        this.undeliveredKind = MessageKind.of("delivery.failed", Undelivered.class, failureReport);
        register(undeliveredKind);
        this.senders = Executors.newFixedThreadPool(SENDERS, daemon("outbox-send"));
        this.loop = daemon("outbox").newThread(this::sendLoop);
    }

    /** Makes a kind known to the sender; every kind that is queued must be registered. */
    public Outbox register(Kind kind) {
        if (kinds.putIfAbsent(kind.name(), kind) != null && kinds.get(kind.name()) != kind) {
            throw new IllegalArgumentException("two message kinds named " + kind.name());
        }
        return this;
    }

    public void start() {
        loop.start();
    }

    /**
     * Queues a message inside the caller's transaction, to be sent once it commits. Returns false,
     * queueing nothing, if its dedupe key was queued before.
     */
    public boolean queue(Handle handle, Intent intent) {
        if (!kinds.containsKey(intent.kind().name())) {
            throw new IllegalStateException("message kind " + intent.kind().name() + " is not registered");
        }
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        String method = POST_MESSAGE;
        if (intent.target() instanceof Intent.Update update) {
            method = UPDATE_MESSAGE;
            payload.put("ts", update.ts());
        } else if (intent.target() instanceof Intent.Home) {
            method = PUBLISH_HOME;
        } else if (intent.target() instanceof Intent.Mail) {
            if (mail.isEmpty()) {
                throw new IllegalStateException("mail is off: no mail may be queued (" + intent.kind().name() + ")");
            }
            method = SEND_MAIL;
        }
        payload.set("data", MessageData.toTree(intent.data()));
        boolean queued = handle.attach(OutboxStore.class).enqueue(new OutboxStore.Queued(intent.workspaceId(),
                intent.target().conversation(), method, intent.kind().name(), payload.toString(),
                intent.dedupeKey().orElse(null), intent.groupId().orElse(null), intent.subject().orElse(null)),
                clock.instant());
        if (queued) {
            handle.afterCommit(this::wake);
        }
        return queued;
    }

    /** Queues messages in a transaction of their own. */
    public void queue(List<Intent> intents) {
        if (!intents.isEmpty()) {
            jdbi.useTransaction(handle -> intents.forEach(intent -> queue(handle, intent)));
        }
    }

    /** Has the sender look at the outbox now rather than at its next poll. */
    public void wake() {
        wake.release();
    }

    /**
     * Frees what instances that died had claimed, so a living one sends it now instead of when the
     * lease runs out; once a poll interval. A message Slack took just before its sender died is
     * sent again: the one duplicate no lease can prevent (see the README).
     */
    private void takeOverFromTheDead(OutboxStore store, Instant now) {
        if (lastLookedForTheDead.plus(pollInterval).isAfter(now)) {
            return;
        }
        lastLookedForTheDead = now;
        instance.keepHeld();
        int freed = 0;
        for (String owner : store.otherLeaseHolders(instanceId, now)) {
            if (!instance.isAlive(owner)) {
                int released = store.releaseLeasesOf(owner);
                log.warn("outbox: instance {} died holding {} message(s); sending them from here", owner, released);
                freed += released;
            }
        }
        if (freed > 0) {
            wake();
        }
    }

    /** Whether the bot sent the message {@code ts} in {@code channel} about {@code subject} (e.g. a reminder DM). */
    public boolean sentAbout(String channel, String ts, String subject) {
        return jdbi.onDemand(OutboxStore.class).sentAbout(channel, ts, subject);
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

    /** Sends what may go now, a few conversations at a time; returns how long to wait before looking again. */
    private Duration sendDue() throws InterruptedException {
        Instant now = clock.instant();
        OutboxStore store = jdbi.onDemand(OutboxStore.class);
        takeOverFromTheDead(store, now);
        List<OutboxStore.Pending> heads = store.heads(now, BATCH);
        List<Future<?>> sending = new ArrayList<>();
        Set<String> pausedSeen = new HashSet<>();
        for (OutboxStore.Pending message : heads) {
            if (!running) {
                break;
            }
            if (isPaused(pauseKey(message), now)) {
                pausedSeen.add(pauseKey(message));
                continue;
            }
            if (store.lease(message.id(), instanceId, now.plus(LEASE), now)) {
                sending.add(senders.submit(() -> send(message)));
            }
        }
        for (Future<?> each : sending) {
            try {
                each.get();
            } catch (java.util.concurrent.ExecutionException e) {
                log.error("outbox: a send failed unexpectedly", e.getCause());
            }
        }
        if (heads.size() == BATCH && pausedSeen.isEmpty()) {
            return Duration.ZERO;
        }
        Instant wakeAt = now.plus(pollInterval);
        for (Instant next : List.of(store.nextAttempt().orElse(wakeAt), earliestUnpause().orElse(wakeAt))) {
            wakeAt = next.isBefore(wakeAt) ? next : wakeAt;
        }
        return Duration.between(clock.instant(), wakeAt);
    }

    /** What one failure holds back: a workspace's Slack sends, or all mail (one SMTP server). */
    private static String pauseKey(OutboxStore.Pending message) {
        return message.method().equals(SEND_MAIL) ? "smtp" : "slack:" + message.workspaceId();
    }

    private boolean isPaused(String key, Instant now) {
        Instant until = pausedUntil.get(key);
        return until != null && until.isAfter(now);
    }

    private Optional<Instant> earliestUnpause() {
        Instant now = clock.instant();
        return pausedUntil.values().stream().filter(i -> i.isAfter(now)).min(Instant::compareTo);
    }

    private void pause(OutboxStore.Pending message, Duration wait) {
        pausedUntil.merge(pauseKey(message), clock.instant().plus(wait), (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Renders and sends one leased message, and records how it went. */
    private void send(OutboxStore.Pending message) {
        if (message.method().equals(SEND_MAIL)) {
            sendMail(message);
            return;
        }
        OutboxStore store = jdbi.onDemand(OutboxStore.class);
        Rendered rendered;
        try {
            rendered = render(message);
        } catch (UserNames.SlackUnavailable e) {
            waitForNames(message, e);
            return;
        } catch (RuntimeException e) {
            log.error("outbox: message {} ({}) cannot be rendered", message.id(), message.kind(), e);
            fail(message, "cannot be rendered: " + e.getMessage());
            return;
        }
        try {
            SlackApiTextResponse response = call(message, rendered);
            if (response.isOk()) {
                String channel = response instanceof ChatPostMessageResponse posted ? posted.getChannel()
                        : rendered.channel();
                String ts = response instanceof ChatPostMessageResponse posted ? posted.getTs() : rendered.ts();
                store.markSent(message.id(), instanceId, channel, ts, clock.instant());
            } else {
                refused(message, response.getError());
            }
        } catch (SlackApiException e) {
            if (RateLimits.isRateLimited(e)) {
                Duration wait = RateLimits.retryAfter(e);
                log.info("outbox: Slack rate-limited {}, pausing workspace {} for {} s", message.method(),
                        message.workspaceId(), wait.toSeconds());
                pause(message, wait);
                store.retryAt(message.id(), instanceId, clock.instant().plus(wait), message.attempts(), "ratelimited");
            } else {
                passing(message, "HTTP " + e.getResponse().code());
            }
        } catch (IOException e) {
            passing(message, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** A queued mail: rendered now, handed to the mail sender; SMTP's answer decides as Slack's does. */
    private void sendMail(OutboxStore.Pending message) {
        MailMessage rendered;
        try {
            MailKind<?> kind = (MailKind<?>) kinds.get(message.kind());
            if (kind == null) {
                throw new IllegalStateException("no mail kind " + message.kind());
            }
            Object data = MessageData.read(MessageData.tree(message.payload()).path("data"), kind.type());
            rendered = kind.render(data, namesFor(message, wanted -> kind.render(data, wanted)));
        } catch (UserNames.SlackUnavailable e) {
            waitForNames(message, e);
            return;
        } catch (RuntimeException e) {
            log.error("outbox: mail {} ({}) cannot be rendered", message.id(), message.kind(), e);
            fail(message, "cannot be rendered: " + e.getMessage());
            return;
        }
        SendOutcome outcome = mail.orElseThrow().send(rendered);
        if (outcome instanceof SendOutcome.Sent) {
            jdbi.onDemand(OutboxStore.class).markSent(message.id(), instanceId, null, null, clock.instant());
        } else if (outcome instanceof SendOutcome.Temporary temporary) {
            passing(message, "SMTP " + temporary.code() + " " + temporary.reply());
        } else if (outcome instanceof SendOutcome.Permanent permanent) {
            fail(message, "SMTP " + permanent.code() + " " + permanent.reply());
        }
    }

    /**
     * Slack cannot give a name the message needs: this message (and those after it to the same
     * place) waits; other conversations, and messages that need no new name, go on.
     */
    private void waitForNames(OutboxStore.Pending message, UserNames.SlackUnavailable e) {
        log.info("outbox: names for message {} must wait {} s: {}", message.id(), e.retryAfter().toSeconds(),
                e.getMessage());
        jdbi.onDemand(OutboxStore.class).retryAt(message.id(), instanceId, clock.instant().plus(e.retryAfter()),
                message.attempts(), e.getMessage());
    }

    /**
     * The names a message needs: rendered once with a recording stand-in to learn whose names it
     * uses, then those fetched (which may wait on Slack).
     */
    private Names namesFor(OutboxStore.Pending message, java.util.function.Consumer<Names> render)
            throws UserNames.SlackUnavailable {
        Set<String> wanted = new HashSet<>();
        render.accept(new Names() {
            @Override
            public String realName(String userId) {
                wanted.add(userId);
                return userId;
            }
        });
        return names.resolve(message.workspaceId(), wanted);
    }

    /** What a message says now, and where it goes; a Home tab is a view instead. */
    private record Rendered(String channel, String ts, String text, String blocksJson, View view) {
    }

    private Rendered render(OutboxStore.Pending message) throws UserNames.SlackUnavailable {
        JsonNode payload = MessageData.tree(message.payload());
        if (message.kind().equals("legacy")) { // queued, already rendered, by a release before intents
            return new Rendered(payload.path("channel").asText(), payload.path("ts").asText(null),
                    payload.path("text").asText(), payload.path("blocks").asText(), null);
        }
        MessageKind<?> kind = (MessageKind<?>) kinds.get(message.kind());
        if (kind == null) {
            throw new IllegalStateException("no message kind " + message.kind());
        }
        Object data = MessageData.read(payload.path("data"), kind.type());
        if (data instanceof Intent.HomeUpdate home) {
            return new Rendered(home.userId(), null, null, null,
                    homeViews.view(message.workspaceId(), home.userId(), home.notice()));
        }
        SlackMessage rendered = kind.render(data, namesFor(message, wanted -> kind.render(data, wanted)));
        return new Rendered(message.conversation(), payload.path("ts").asText(null), rendered.text(),
                rendered.blocksJson(), null);
    }

    private SlackApiTextResponse call(OutboxStore.Pending message, Rendered r) throws IOException, SlackApiException {
        MethodsClient slack = this.slack.of(message.workspaceId());
        if (message.method().equals(PUBLISH_HOME)) {
            return slack.viewsPublish(req -> req.userId(r.channel()).view(r.view()));
        }
        if (message.method().equals(UPDATE_MESSAGE)) {
            return slack.chatUpdate(req -> req.channel(r.channel()).ts(r.ts()).text(r.text()).blocksAsString(r.blocksJson()));
        }
        return slack.chatPostMessage(req -> req.channel(r.channel()).text(r.text()).blocksAsString(r.blocksJson()));
    }

    /** Slack answered with an error name. */
    private void refused(OutboxStore.Pending message, String error) {
        if (PERMANENT.contains(error)) {
            fail(message, error);
        } else if (PASSING.contains(error) || message.attempts() + 1 < UNKNOWN_ERROR_ATTEMPTS) {
            passing(message, error);
        } else {
            fail(message, error);
        }
    }

    /** A failure that may mend: back off, holding the workspace's later messages too, until it is too old. */
    private void passing(OutboxStore.Pending message, String error) {
        int attempts = message.attempts() + 1;
        if (message.createdAt().plus(GIVE_UP_AFTER).isBefore(clock.instant())) {
            fail(message, error + " (still failing after " + GIVE_UP_AFTER.toDays() + " days)");
            return;
        }
        Duration wait = Duration.ofMillis(BACKOFF.apply(attempts));
        log.warn("outbox: message {} failed ({}), attempt {}; pausing workspace {} for {} s", message.id(), error,
                attempts, message.workspaceId(), wait.toSeconds());
        pause(message, wait);
        jdbi.onDemand(OutboxStore.class).retryAt(message.id(), instanceId, clock.instant().plus(wait), attempts, error);
    }

    /** Gives up on a message; the group's secretaries hear of it once (a report that fails is only logged). */
    private void fail(OutboxStore.Pending message, String error) {
        log.warn("outbox: giving up on message {} to {} ({}): {}", message.id(), message.conversation(),
                message.kind(), error);
        jdbi.useTransaction(handle -> {
            if (!handle.attach(OutboxStore.class).markFailed(message.id(), instanceId, error)) {
                return; // the lease ran out and another instance has it
            }
            if (message.groupId() == null || message.kind().equals(undeliveredKind.name())) {
                return;
            }
            Undelivered undelivered = new Undelivered(message.conversation(), message.kind(), error,
                    message.createdAt());
            for (String officer : failureRecipients.of(handle, message.groupId())) {
                queue(handle, undeliveredKind.post(message.workspaceId(), officer, undelivered)
                        .once("failed:" + message.id() + ":" + officer));
            }
        });
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
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
        wake();
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        senders.shutdown();
    }
}
