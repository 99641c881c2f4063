package org.themebot.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.people.Names;

/**
 * Real names of Slack users from {@code users.info}, asked once per user and kept in memory and in
 * the database. Three ways to read them, by how long the caller may wait:
 * <ul>
 * <li>{@link #cached} for replies rendered before an ack: what is known, never a Slack call (a
 *     user not known yet shows as a mention, which Slack renders as the name, and is looked up
 *     in the background for next time);</li>
 * <li>{@link #resolve} for the outbox, which renders a message when it sends it: every name,
 *     or {@link SlackUnavailable} so the message waits and is rendered again later;</li>
 * <li>{@link #in} for files made after an ack: every name, waiting out a 429.</li>
 * </ul>
 */
public final class UserNames implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UserNames.class);

    interface NameStore {
        @SqlQuery("SELECT real_name FROM slack_user WHERE workspace_id = :workspace AND user_id = :user")
        Optional<String> find(@Bind("workspace") String workspaceId, @Bind("user") String userId);

        @SqlUpdate("""
                INSERT INTO slack_user (workspace_id, user_id, real_name, fetched_at) VALUES (:workspace, :user, :name, :at)
                ON CONFLICT (workspace_id, user_id) DO UPDATE SET real_name = excluded.real_name, fetched_at = excluded.fetched_at
                """)
        void save(@Bind("workspace") String workspaceId, @Bind("user") String userId, @Bind("name") String realName,
                  @Bind("at") Instant at);
    }

    /** Slack could not give a name now: try again after {@code retryAfter}. */
    public static final class SlackUnavailable extends Exception {
        private final Duration retryAfter;

        SlackUnavailable(String reason, Duration retryAfter) {
            super(reason);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** Files wait out at most this many 429s per name. */
    private static final int ATTEMPTS = 3;
    /** How long a failed users.info is left alone before it is asked again. */
    private static final Duration AFTER_A_FAILURE = Duration.ofSeconds(30);

    private final Jdbi jdbi;
    private final SlackClients slack;
    private final Clock clock;
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    /** One lock per user, so concurrent first lookups ask Slack once. */
    private final Map<String, Object> asking = new ConcurrentHashMap<>();
    /** Users looked up in the background (or given up on for now), so each is asked once at a time. */
    private final Set<String> learning = ConcurrentHashMap.newKeySet();
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "user-names");
        thread.setDaemon(true);
        return thread;
    });

    public UserNames(Jdbi jdbi, SlackClients slack, Clock clock) {
        this.jdbi = jdbi;
        this.slack = slack;
        this.clock = clock;
    }

    /** Names already known: memory, then the database; never a Slack call on the caller's thread. */
    public Names cached(String workspaceId) {
        return new Names() {
            @Override
            public Optional<String> known(String userId) {
                String key = key(workspaceId, userId);
                String name = cache.get(key);
                if (name != null) {
                    return Optional.of(name);
                }
                Optional<String> stored = jdbi.onDemand(NameStore.class).find(workspaceId, userId);
                stored.ifPresentOrElse(n -> cache.put(key, n), () -> learnLater(workspaceId, userId));
                return stored;
            }

            @Override
            public String realName(String userId) {
                return known(userId).orElse(userId);
            }
        };
    }

    /**
     * Every named user's real name, for a message rendered now; a user Slack does not know keeps
     * no name (the message mentions them instead).
     */
    public Names resolve(String workspaceId, Collection<String> userIds) throws SlackUnavailable {
        Map<String, String> found = new HashMap<>();
        for (String userId : userIds) {
            Optional<String> name = lookUp(workspaceId, userId);
            name.ifPresent(n -> found.put(userId, n));
        }
        return new Names() {
            @Override
            public Optional<String> known(String userId) {
                return Optional.ofNullable(found.get(userId));
            }

            @Override
            public String realName(String userId) {
                return found.getOrDefault(userId, userId);
            }
        };
    }

    /** Names in one workspace for a file: may call users.info, waiting out a 429 a few times. */
    public Names in(String workspaceId) {
        return userId -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return lookUp(workspaceId, userId).orElse(userId);
                } catch (SlackUnavailable e) {
                    if (attempt == ATTEMPTS || !pause(e.retryAfter())) {
                        log.warn("users.info {} failed: {}", userId, e.getMessage());
                        return userId;
                    }
                }
            }
        };
    }

    private Optional<String> lookUp(String workspaceId, String userId) throws SlackUnavailable {
        String key = key(workspaceId, userId);
        String known = cache.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        synchronized (asking.computeIfAbsent(key, k -> new Object())) {
            known = cache.get(key);
            if (known != null) {
                return Optional.of(known);
            }
            Optional<String> name = jdbi.onDemand(NameStore.class).find(workspaceId, userId);
            if (name.isEmpty()) {
                name = ask(workspaceId, userId);
            }
            name.ifPresent(n -> cache.put(key, n));
            return name;
        }
    }

    /** The name Slack gives, saved; empty when Slack answers that it has no such user. */
    private Optional<String> ask(String workspaceId, String userId) throws SlackUnavailable {
        try {
            UsersInfoResponse response = slack.of(workspaceId).usersInfo(r -> r.user(userId));
            if (!response.isOk() || response.getUser() == null) {
                log.warn("users.info {} answered {}", userId, response.getError());
                return Optional.empty();
            }
            String name = bestName(response.getUser());
            jdbi.onDemand(NameStore.class).save(workspaceId, userId, name, clock.instant());
            return Optional.of(name);
        } catch (SlackApiException e) {
            Duration wait = RateLimits.isRateLimited(e) ? RateLimits.retryAfter(e) : AFTER_A_FAILURE;
            throw new SlackUnavailable("users.info: HTTP " + e.getResponse().code(), wait);
        } catch (IOException e) {
            throw new SlackUnavailable("users.info: " + e.getMessage(), AFTER_A_FAILURE);
        }
    }

    private void learnLater(String workspaceId, String userId) {
        String key = key(workspaceId, userId);
        if (!learning.add(key)) {
            return;
        }
        try {
            background.submit(() -> {
                try {
                    lookUp(workspaceId, userId);
                    learning.remove(key);
                } catch (SlackUnavailable e) {
                    log.info("users.info {} failed ({}); asking again in {} s", userId, e.getMessage(),
                            e.retryAfter().toSeconds());
                    pause(e.retryAfter());
                    learning.remove(key);
                } catch (RuntimeException e) {
                    learning.remove(key);
                    log.warn("looking up {} failed", userId, e);
                }
            });
        } catch (RejectedExecutionException e) {
            learning.remove(key); // shutting down
        }
    }

    private static String key(String workspaceId, String userId) {
        return workspaceId + "/" + userId;
    }

    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String bestName(User user) {
        if (user.getProfile() != null && notBlank(user.getProfile().getRealName())) {
            return user.getProfile().getRealName();
        }
        if (notBlank(user.getRealName())) {
            return user.getRealName();
        }
        return user.getName() != null ? user.getName() : user.getId();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
