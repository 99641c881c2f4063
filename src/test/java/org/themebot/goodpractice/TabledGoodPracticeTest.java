package org.themebot.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themebot.actions.ActionService;
import org.themebot.meetings.MeetingLinks;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.commands.Invocation;
import org.themebot.export.ActionNotes;
import org.themebot.export.ExportFormat;
import org.themebot.groups.GroupService;
import org.themebot.meetings.MeetingService;
import org.themebot.meetings.Tabling;
import org.themebot.people.Names;
import org.themebot.people.Who;
import org.themebot.store.Database;
import org.themebot.store.TestDatabase;

/** Good practice on a meeting's agenda: taken on when it starts, discussed when it ends, in its action notes. */
class TabledGoodPracticeTest {

    private static final Instant AT = Instant.parse("2008-10-22T09:00:00Z");
    private static final String CHAIR = "UCHAIR";
    private static final String BALBIR = "UBALBIR";
    private static final Names NAMES = id -> id.equals(BALBIR) ? "Balbir Sohal" : id;

    @TempDir
    Path dir;

    private GoodPracticeAsCommands goodPractice;
    private MeetingService meetings;

    private static Invocation by(String userId) {
        return new Invocation("T1", "C1", "equalities", userId, AT);
    }

    @BeforeEach
    void aGroupWithOneSubmissionTabledOneNewAndOneWithdrawn() {
        Database database = TestDatabase.sqlite(dir);
        new GroupService(database.jdbi(), ZoneId.of("Europe/London")).setup(by(CHAIR), GroupCommands.setupRequest("name Equalities"));
        goodPractice = new GoodPracticeAsCommands(new GoodPracticeService(database.jdbi()));
        meetings = new MeetingService(database.jdbi(), new TabledGoodPractice(), new ActionService(database.jdbi(), new MeetingLinks()));
        goodPractice.submit(by(BALBIR), "Hate crime reporting in schools | Pupils report through a trusted adult | bme, faith");
        goodPractice.submit(by(BALBIR), "Accessible venues");
        goodPractice.submit(by(BALBIR), "Withdrawn example");
        goodPractice.table(by(CHAIR), "G1");
        goodPractice.table(by(CHAIR), "G3");
        goodPractice.withdraw(by(BALBIR), "G3");
    }

    @Test
    void aMeetingTakesOnWhatIsTabledAndItIsDiscussedWhenTheMeetingEnds() {
        MeetingService.Started started = meetings.start(by(CHAIR), "2008-10-22", "");

        assertThat(started.tabled()).containsExactly(new Tabling.Tabled("G1", "Hate crime reporting in schools\n"
                + "Pupils report through a trusted adult\nStrands: race, religion or belief", new Who.SlackUser(BALBIR),
                "tabled"));
        assertThat(goodPractice.show(by(CHAIR), "G1").submission().meetingId()).contains(started.meeting().id());

        goodPractice.table(by(CHAIR), "G2"); // while the meeting is open: for the one after
        meetings.end(by(CHAIR));

        assertThat(goodPractice.show(by(CHAIR), "G1").submission().status()).isEqualTo(SubmissionStatus.DISCUSSED);
        assertThat(goodPractice.show(by(CHAIR), "G2").submission().status()).isEqualTo(SubmissionStatus.TABLED);
        assertThat(goodPractice.show(by(CHAIR), "G3").submission().status()).isEqualTo(SubmissionStatus.WITHDRAWN);
        assertThat(meetings.start(by(CHAIR), "2008-12-03", "").tabled()).extracting(Tabling.Tabled::ref).containsExactly("G2");
    }

    @Test
    void withoutAGoodPracticeItemTheNotesListItAsTheLastItemBeforeTheNextMeeting() {
        meetings.start(by(CHAIR), "2008-10-22", "");
        meetings.item(by(CHAIR), "Matters arising");
        meetings.end(by(CHAIR));

        ActionNotes notes = notes();

        assertThat(notes.items()).extracting(ActionNotes.Item::heading)
                .containsExactly("1. Matters arising", "2. Sharing Good Practice");
        assertThat(notes.items().get(1).entries()).containsExactly(new ActionNotes.GoodPractice("G1",
                "Hate crime reporting in schools\nPupils report through a trusted adult\nStrands: race, religion or belief",
                "Balbir Sohal", "discussed"));
        assertThat(notes.nextMeetingHeading()).startsWith("3. Date of Next Meeting");
    }

    @Test
    void theSecretarysGoodPracticeItemLeadsWithTheTabledSubmissions() {
        meetings.start(by(CHAIR), "2008-10-22", "");
        meetings.item(by(CHAIR), "Matters arising");
        meetings.item(by(CHAIR), "Sharing good practice examples");
        meetings.note(by(CHAIR), "Balbir talked us through G1.");
        meetings.item(by(CHAIR), "Any other business");

        ActionNotes notes = notes();

        assertThat(notes.draft()).isTrue();
        assertThat(notes.items()).extracting(ActionNotes.Item::heading).containsExactly("1. Matters arising",
                "2. Sharing good practice examples", "3. Any other business");
        assertThat(notes.items().get(1).entries()).extracting(Object::getClass)
                .containsExactly(ActionNotes.GoodPractice.class, ActionNotes.Note.class);
        assertThat(((ActionNotes.GoodPractice) notes.items().get(1).entries().get(0)).status()).isEqualTo("tabled");
    }

    @Test
    void aMeetingWithNothingTabledHasNoGoodPracticeItem() {
        goodPractice.withdraw(by(BALBIR), "G1");
        MeetingService.Started started = meetings.start(by(CHAIR), "2008-10-22", "");

        assertThat(started.tabled()).isEmpty();
        assertThat(notes().items()).isEmpty();
    }

    private ActionNotes notes() {
        return meetings.record(meetings.export(by(CHAIR), ExportFormat.MD, Optional.empty())).toActionNotes(NAMES);
    }

    @Test
    void withdrawingATabledSubmissionTakesItOffTheOpenMeeting() {
        meetings.start(by(CHAIR), "2008-10-22", "");
        goodPractice.withdraw(by(BALBIR), "G1");
        meetings.end(by(CHAIR));

        assertThat(notes().items()).isEmpty();
        assertThat(goodPractice.list(by(CHAIR), "all").submissions()).extracting(Submission::status)
                .containsExactly(SubmissionStatus.SUBMITTED);
        assertThat(goodPractice.show(by(CHAIR), "G1").submission().status()).isEqualTo(SubmissionStatus.WITHDRAWN);
    }
}
