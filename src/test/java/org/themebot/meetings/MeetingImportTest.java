package org.themebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.themebot.actions.Action;
import org.themebot.actions.ActionEvent;
import org.themebot.actions.ActionRef;
import org.themebot.actions.ActionService;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.NotAllowed;
import org.themebot.export.ActionNotesDocxReader;
import org.themebot.export.ExportFormat;
import org.themebot.export.ImportedNotes;
import org.themebot.goodpractice.TabledGoodPractice;
import org.themebot.groups.GroupService;
import org.themebot.imports.HeldImports;
import org.themebot.people.Who;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.store.BothDatabases;
import org.themebot.store.Database;

/** Action notes read from Word, held for checking, then recorded once as a closed meeting: on SQLite and PostgreSQL. */
class MeetingImportTest {

    @RegisterExtension
    static final BothDatabases both = new BothDatabases();

    private static final Instant NOW = Instant.parse("2026-06-10T09:15:00Z");
    private static final String SUE = "U0SUE";
    private static final String DEBBIE = "U0DEBBIE";
    private static final String JUNE = "U0JUNE";
    private static final WorkspaceMembers MEMBERS = new WorkspaceMembers(List.of(
            new WorkspaceMembers.Member(SUE, "Sue Bent", "sue"), new WorkspaceMembers.Member(DEBBIE, "Debbie Briggs", ""),
            new WorkspaceMembers.Member(JUNE, "June Jeffrey", "")));
    private static final AtomicInteger channels = new AtomicInteger();

    static Stream<Arguments> databases() {
        return both.arguments();
    }

    /** A theme group in a channel of its own, Sue chairing and Debbie taking the notes. */
    private record Group(Jdbi jdbi, String channel, MeetingImport imports, MeetingService meetings, ActionService actions) {

        static Group on(Database database) {
            Jdbi jdbi = database.jdbi();
            String channel = "C" + channels.incrementAndGet();
            Group group = new Group(jdbi, channel, null, null, null).with(new ActionService(jdbi, new MeetingLinks()));
            new GroupService(jdbi, ZoneId.of("Europe/London")).setup(group.by(SUE),
                    GroupCommands.setupRequest("name Equalities and Communities Theme Group chair <@" + SUE
                            + "|sue> secretary <@" + DEBBIE + "|debbie>"));
            return group;
        }

        private Group with(ActionService actions) {
            return new Group(jdbi, channel, new MeetingImport(jdbi, actions),
                    new MeetingService(jdbi, new TabledGoodPractice(), actions), actions);
        }

        Invocation by(String userId) {
            return by(userId, NOW);
        }

        Invocation by(String userId, Instant at) {
            return new Invocation("T1", channel, "equalities", userId, at);
        }

        long held() {
            return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pending_import WHERE channel_id = :c")
                    .bind("c", channel).mapTo(Long.class).one());
        }
    }

    private static ImportedNotes september2008() {
        try (InputStream in = MeetingImportTest.class.getResourceAsStream("/export/action-notes-2008-09-03-libreoffice.docx")) {
            return ActionNotesDocxReader.read(in.readAllBytes(), "notes.docx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the class shares its databases
    @MethodSource("databases")
    void confirmedNotesAreRecordedOnceAsAClosedMeetingWithTheirPeopleMatched(String name, Database database) {
        Group group = Group.on(database);
        MeetingImport.Preview preview = group.imports.preview(group.by(DEBBIE), "notes.docx", september2008(), MEMBERS);

        assertThat(preview.notes().present()).contains(new Who.SlackUser(SUE), new Who.Named("Alison Porter"));
        assertThat(group.held()).isOne();
        MeetingImport.Imported imported = group.imports.confirm(group.by(DEBBIE), preview.id(), Optional.empty());

        Meeting meeting = imported.meeting();
        assertThat(meeting.open()).isFalse();
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2008, 9, 3));
        assertThat(meeting.nextMeeting()).contains(LocalDate.of(2008, 10, 22));
        assertThat(imported.items()).extracting(AgendaItem::number).containsExactly(1, 2, 3, 4);
        assertThat(imported.actions()).extracting(Action::ref).containsExactly("A1", "A2", "A3", "A4", "A5", "A6");
        Action toolkit = imported.actions().get(0);
        assertThat(toolkit.owners()).containsExactly(new Who.Named("Balbir Sohal"), new Who.SlackUser(DEBBIE));
        assertThat(toolkit.due()).contains(LocalDate.of(2008, 9, 30));
        assertThat(toolkit.isOpen()).isTrue();
        assertThat(imported.actions().get(5).owners()).containsExactly(new Who.Everyone());
        assertThat(group.actions.show(group.by(SUE), ActionRef.id(toolkit.id())).history()).singleElement()
                .satisfies(event -> {
                    assertThat(event.kind()).isEqualTo(ActionEvent.Kind.CREATED);
                    assertThat(event.detail()).isEqualTo("imported from notes.docx");
                });
        MeetingRecord record = group.meetings.record(group.meetings.export(group.by(SUE), ExportFormat.MD, Optional.empty()));
        assertThat(record.present()).hasSize(11).contains(new Who.SlackUser(JUNE));
        assertThat(record.notes()).extracting(MeetingStore.Note::text).first().asString().startsWith("Sue Bent");
        assertThat(group.held()).as("the held notes are let go").isZero();

        assertThatThrownBy(() -> group.imports.confirm(group.by(DEBBIE), preview.id(), Optional.empty()))
                .isInstanceOf(CommandError.class).hasMessageContaining("no longer waiting to be imported");
        assertThatThrownBy(() -> group.imports.preview(group.by(DEBBIE), "again.docx", september2008(), MEMBERS))
                .isInstanceOf(CommandError.class).hasMessageStartingWith("This group already has meeting M1 on "
                        + "Wednesday 3 September 2008, so I imported nothing");
        assertThat(group.held()).isZero();
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("databases")
    void onlyOfficersImportAndOnlyWhoAskedConfirmsHere(String name, Database database) {
        Group group = Group.on(database);
        assertThatThrownBy(() -> group.imports.preview(group.by(JUNE), "notes.docx", september2008(), MEMBERS))
                .isInstanceOf(NotAllowed.class);
        String id = group.imports.preview(group.by(DEBBIE), "notes.docx", september2008(), MEMBERS).id();

        for (Invocation other : List.of(group.by(SUE), new Invocation("T1", "COTHER", "general", DEBBIE, NOW),
                group.by(DEBBIE, NOW.plus(HeldImports.HELD_FOR).plusSeconds(1)))) {
            assertThatThrownBy(() -> group.imports.confirm(other, id, Optional.empty())).isInstanceOf(CommandError.class);
        }
        assertThat(group.held()).isOne();
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("databases")
    void aDateTheNotesLackIsPickedAndTimescalesResolveAgainstTheMeeting(String name, Database database) {
        Group group = Group.on(database);
        group.meetings.start(group.by(SUE), "2026-06-03", "");
        group.meetings.end(group.by(SUE));
        ImportedNotes undated = new ImportedNotes("Action Notes", Optional.empty(), false, Optional.empty(), List.of(),
                List.of(), List.of(), List.of(new ImportedNotes.Item(1, "Venues", List.of(
                        new ImportedNotes.Action("Book the hall", List.of(new Who.Named("Sue Bent")), "in 2 weeks"),
                        new ImportedNotes.Action("Report back", List.of(), "next meeting"),
                        new ImportedNotes.Action("Check the date", List.of(), "31/02/09")))),
                Optional.of(LocalDate.of(2008, 10, 22)), List.of());
        String id = group.imports.preview(group.by(DEBBIE), "undated.docx", undated, MEMBERS).id();

        assertThatThrownBy(() -> group.imports.confirm(group.by(DEBBIE), id, Optional.empty()))
                .hasMessage("Pick the date of the meeting: the notes do not say it.");
        assertThatThrownBy(() -> group.imports.confirm(group.by(DEBBIE), id, Optional.of(LocalDate.of(2008, 11, 5))))
                .hasMessageContaining("before this one");
        MeetingImport.Imported imported = group.imports.confirm(group.by(DEBBIE), id, Optional.of(LocalDate.of(2008, 9, 3)));

        assertThat(imported.actions()).extracting(Action::due).containsExactly(Optional.of(LocalDate.of(2008, 9, 17)),
                Optional.of(LocalDate.of(2008, 10, 22)), Optional.empty());
        assertThat(imported.actions().get(2).timescale()).isEqualTo("31/02/09");
        assertThat(imported.meeting().ref()).isEqualTo("M2");
        assertThat(group.meetings.export(group.by(SUE), ExportFormat.MD, Optional.empty()).meeting().ref())
                .as("the latest meeting is the one held last, not the one imported last").isEqualTo("M1");
        long groupId = group.imports.check(group.by(SUE)).id();
        Optional<LocalDate> nextMeeting = group.jdbi.withHandle(h -> new MeetingLinks().nextMeeting(h, groupId));
        assertThat(nextMeeting)
                .as("'next meeting' is the live meeting's (none set), not the imported one's").isEmpty();
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("databases")
    void longTextsAreSplitToFitWithNothingLostAndATitleTooLongIsRefused(String name, Database database) {
        Group group = Group.on(database);
        String discussion = "a".repeat(1200);
        String more = "b".repeat(1200);
        String longNote = "word ".repeat(700).strip();
        ImportedNotes notes = notes(new ImportedNotes.Item(1, "Venues", List.of(
                new ImportedNotes.Action(discussion + "\n" + more + "\nBalbir to forward the toolkit", List.of(), "Sept 08"),
                new ImportedNotes.Note(longNote))));

        MeetingImport.Preview preview = group.imports.preview(group.by(DEBBIE), "long.docx", notes, MEMBERS);

        assertThat(preview.textsSplit()).isEqualTo(2);
        List<ImportedNotes.Entry> entries = preview.notes().items().get(0).entries();
        assertThat(entries).hasSize(4).startsWith(new ImportedNotes.Note(discussion),
                new ImportedNotes.Action(more + "\nBalbir to forward the toolkit", List.of(), "Sept 08"));
        assertThat(((ImportedNotes.Note) entries.get(2)).text() + " " + ((ImportedNotes.Note) entries.get(3)).text())
                .isEqualTo(longNote);
        assertThat(entries.subList(2, 4)).allSatisfy(note -> assertThat(((ImportedNotes.Note) note).text()).hasSizeLessThanOrEqualTo(3000));

        ImportedNotes longTitle = notes(new ImportedNotes.Item(1, "t".repeat(501), List.of()));
        assertThatThrownBy(() -> group.imports.preview(group.by(DEBBIE), "title.docx", longTitle, MEMBERS))
                .hasMessageStartingWith("Item 1's title is 501 characters long");
        assertThat(group.held()).isOne();
    }

    private static ImportedNotes notes(ImportedNotes.Item item) {
        return new ImportedNotes("Action Notes", Optional.empty(), false, Optional.of(LocalDate.of(2008, 9, 3)), List.of(),
                List.of(), List.of(), List.of(item), Optional.empty(), List.of());
    }
}
