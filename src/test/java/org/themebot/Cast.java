package org.themebot;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.jdbi.v3.core.Jdbi;
import org.themebot.actions.ActionService;
import org.themebot.actions.AsCommands;
import org.themebot.commands.Invocation;
import org.themebot.groups.GroupService;
import org.themebot.groups.ThemeGroup;
import org.themebot.meetings.MeetingLinks;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.store.TestDatabase;

/**
 * The cast of service tests: the Equalities Theme Group in channel C1 of workspace T1, chaired by
 * Sue with Debbie as secretary; Balbir and June are members. Everyone acts at the instant of the
 * cast's {@link TestClock}, so a test moves time by moving the clock.
 */
public record Cast(Jdbi jdbi, TestClock clock, ThemeGroup group) {

    public static final String WORKSPACE = "T1";
    public static final String CHANNEL = "C1";
    public static final String SUE = "U0SUE";
    public static final String DEBBIE = "U0DEBBIE";
    public static final String BALBIR = "U0BALBIR";
    public static final String JUNE = "U0JUNE";
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Sets the group up in {@code jdbi}'s database, as Sue would with /themegroup setup. */
    public static Cast setUp(Jdbi jdbi, TestClock clock) {
        Invocation sue = new Invocation(WORKSPACE, CHANNEL, "equalities", SUE, clock.instant());
        ThemeGroup group = new GroupService(jdbi, LONDON).setup(sue,
                GroupCommands.setupRequest("name Equalities Theme Group secretary <@" + DEBBIE + ">")).group();
        return new Cast(jdbi, clock, group);
    }

    /** The group in a new SQLite database in {@code dir}, on a clock stopped at {@code now}. */
    public static Cast inNewDatabase(Path dir, Instant now) {
        return setUp(TestDatabase.sqlite(dir).jdbi(), new TestClock(now));
    }

    /** The action service as production wires it (actions filed under the open meeting), driven with /action's text. */
    public AsCommands actions() {
        return new AsCommands(new ActionService(jdbi, new MeetingLinks()));
    }

    /** {@code userId} acting in the group's channel, now. */
    public Invocation as(String userId) {
        return new Invocation(WORKSPACE, CHANNEL, "equalities", userId, clock.instant());
    }
}
