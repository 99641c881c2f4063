package org.themebot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.people.Names;

/**
 * Real names of Slack users from {@code users.info}, asked once per user and kept in memory and in
 * the database. Lookups that may go to Slack run after the ack, never on the request thread.
 */
public final class UserNames {

    private static final Logger log = LoggerFactory.getLogger(UserNames.class);

    interface NameStore {
        @SqlQuery("SELECT real_name FROM slack_user WHERE workspace_id = :workspace AND user_id = :user")
        Optional<String> find(@Bind("workspace") String workspaceId, @Bind("user") String userId);

        @SqlUpdate("""
                INSERT INTO slack_user (workspace_id, user_id, real_name, fetched_at) VALUES (:workspace, :user, :name, :at)
                ON CONFLICT (workspace_id, user_id) DO UPDATE SET real_name = excluded.real_name, fetched_at = excluded.fetched_at
                """)
        void save(@Bind("workspace") String workspaceId, @Bind("user") String userId, @Bind("name") String realName,
                  @Bind("at") java.time.Instant at);
    }

    /** users.info is asked on the after-ack threads, so waiting out a 429 there holds up no ack. */
    private static final int ATTEMPTS = 3;

    private final Jdbi jdbi;
    private final MethodsClient slack;
    private final Clock clock;
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    /** One lock per user, so concurrent first lookups ask Slack once. */
    private final Map<String, Object> asking = new ConcurrentHashMap<>();

    public UserNames(Jdbi jdbi, MethodsClient slack, Clock clock) {
        this.jdbi = jdbi;
        this.slack = slack;
        this.clock = clock;
    }

    /** Names in one workspace; may call users.info for a user not seen before. */
    public Names in(String workspaceId) {
        return userId -> realName(workspaceId, userId);
    }

    /** Fetches the names not yet known, so that later rendering finds them cached. */
    public void learn(String workspaceId, Collection<String> userIds) {
        userIds.forEach(id -> realName(workspaceId, id));
    }

    private String realName(String workspaceId, String userId) {
        String key = workspaceId + "/" + userId;
        String known = cache.get(key);
        if (known != null) {
            return known;
        }
        synchronized (asking.computeIfAbsent(key, k -> new Object())) {
            known = cache.get(key);
            if (known != null) {
                return known;
            }
            Optional<String> fetched = jdbi.onDemand(NameStore.class).find(workspaceId, userId)
                    .or(() -> ask(workspaceId, userId));
            fetched.ifPresent(name -> cache.put(key, name));
            // Slack could not say: show the id this time and ask again next time.
            return fetched.orElse(userId);
        }
    }

    private Optional<String> ask(String workspaceId, String userId) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return Optional.ofNullable(askOnce(workspaceId, userId));
            } catch (SlackApiException e) {
                if (!RateLimits.isRateLimited(e) || attempt == ATTEMPTS) {
                    log.warn("users.info {} failed: HTTP {}", userId, e.getResponse().code());
                    return Optional.empty();
                }
                if (!pause(RateLimits.retryAfter(e))) {
                    return Optional.empty();
                }
            } catch (IOException e) {
                log.warn("users.info {} failed: {}", userId, e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The name Slack gives, saved; null when Slack answers but has no such user. */
    private String askOnce(String workspaceId, String userId) throws IOException, SlackApiException {
        UsersInfoResponse response = slack.usersInfo(r -> r.user(userId));
        if (!response.isOk() || response.getUser() == null) {
            log.warn("users.info {} answered {}", userId, response.getError());
            return null;
        }
        String name = bestName(response.getUser());
        jdbi.onDemand(NameStore.class).save(workspaceId, userId, name, clock.instant());
        return name;
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
}
