package org.themebot.reminders;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jdbi.v3.core.Jdbi;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.TestClock;
import org.themebot.commands.Invocation;
import org.themebot.groups.GroupService;
import org.themebot.store.TestDatabase;

/**
 * A theme group in a fresh SQLite database, on a clock the test moves by hand: chaired by
 * UCHAIR with USEC as secretary, in Europe/London, set up at noon on 1 June 2026.
 */
final class GroupOnAClock {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String CHAIR = "UCHAIR";
    static final String SEC = "USEC";
    static final String SUE = "USUE";
    static final String DEB = "UDEB";

    final Jdbi jdbi;
    final TestClock clock = new TestClock(london("2026-06-01T12:00"));

    GroupOnAClock(Path dir) {
        jdbi = TestDatabase.sqlite(dir).jdbi();
        new GroupService(jdbi, LONDON).setup(by(CHAIR), GroupCommands.setupRequest("name Equalities secretary <@USEC|sec>"));
    }

    static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    /** A command in the group's channel, now by the clock. */
    Invocation by(String userId) {
        return new Invocation("T1", "C1", "equalities", userId, clock.instant());
    }
}
