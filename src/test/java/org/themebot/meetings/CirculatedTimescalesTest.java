package org.themebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themebot.actions.ActionService;
import org.themebot.actions.AsCommands;
import org.themebot.commands.Invocation;
import org.themebot.export.ActionNotes;
import org.themebot.export.ExportFormat;
import org.themebot.goodpractice.TabledGoodPractice;
import org.themebot.groups.GroupService;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.store.Database;
import org.themebot.store.TestDatabase;

/** Action notes read months later keep the date a relative timescale stood for; dated ones stay as typed. */
class CirculatedTimescalesTest {

    /** Wednesday 26 November 2008 in London. */
    private static final Instant MEETING = Instant.parse("2008-11-26T10:00:00Z");
    private static final Invocation SECRETARY = new Invocation("T1", "C1", "equalities", "USEC", MEETING);

    @TempDir
    Path dir;

    @Test
    void aRelativeTimescaleIsCirculatedWithItsDate() {
        Database database = TestDatabase.sqlite(dir);
        new GroupService(database.jdbi(), ZoneId.of("Europe/London")).setup(SECRETARY, GroupCommands.setupRequest("name Equalities"));
        MeetingService meetings = new MeetingService(database.jdbi(), new TabledGoodPractice(),
                new ActionService(database.jdbi(), new MeetingLinks()));
        new MeetingAsCommands(meetings).start(SECRETARY, "2008-11-26");
        AsCommands actions = new AsCommands(new ActionService(database.jdbi(), new MeetingLinks()));
        actions.add(SECRETARY, "Book the venue | Debbie | in 2 weeks");
        actions.add(SECRETARY, "Circulate the report | Debbie | Sept 09");
        actions.add(SECRETARY, "Keep the register | Debbie | ongoing");

        ActionNotes notes = meetings.record(meetings.export(SECRETARY, ExportFormat.MD, Optional.empty()))
                .toActionNotes(id -> id);

        assertThat(notes.opening()).map(entry -> ((ActionNotes.ActionRow) entry).timescale())
                .containsExactly("in 2 weeks (by 10 Dec 2008)", "Sept 09", "ongoing");
    }
}
