package org.themebot.install;

import com.slack.api.bolt.service.OAuthStateService;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * The OAuth {@code state} of each "Add to Slack", in the bot's database (so any instance can finish
 * an install another started). Bolt also binds it to the installer's browser with a cookie. A state
 * is good for one redirect, whatever its outcome, and for {@link #EXPIRES_IN} only: checking it uses
 * it up, in one statement, so two redirects with the same state cannot both pass.
 */
final class OAuthStates implements OAuthStateService {

    static final Duration EXPIRES_IN = Duration.ofMinutes(10);

    private final Jdbi jdbi;
    private final Clock clock;

    OAuthStates(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public long getExpirationInSeconds() {
        return EXPIRES_IN.toSeconds();
    }

    @Override
    public void addNewStateToDatastore(String state) {
        jdbi.useTransaction(handle -> {
            InstallationStore store = handle.attach(InstallationStore.class);
            store.dropExpiredStates(clock.instant()); // expired states go as new ones come
            store.addState(state, clock.instant().plus(EXPIRES_IN));
        });
    }

    /** Bolt asks once per redirect: the answer uses the state up. */
    @Override
    public boolean isAvailableInDatabase(String state) {
        return jdbi.withHandle(handle -> handle.attach(InstallationStore.class).takeState(state, clock.instant()));
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        jdbi.useHandle(handle -> handle.attach(InstallationStore.class).dropState(state));
    }
}
