package org.themebot.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.NotAllowed;
import org.themebot.commands.TextLimits;
import org.themebot.groups.GroupService;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Who;
import org.themebot.store.Database;
import org.themebot.store.TestDatabase;

class ActionServiceTest {

    /** Wednesday 3rd September 2008, 10:30 in London. */
    private static final Instant AT = Instant.parse("2008-09-03T09:30:00Z");

    private static final String CHAIR = "UCHAIR";
    private static final String SECRETARY = "USEC";
    private static final String SUE = "U01SUEBENT";
    private static final String DEB = "UDEB";
    private static final String MEMBER = "UMEMBER";

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String GROUP_SETUP = "name E&amp;CC Theme Group secretary <@USEC|sec>";

    private static Invocation by(String userId) {
        return by(userId, AT);
    }

    private static Invocation by(String userId, Instant at) {
        return new Invocation("T1", "C1", "equalities", userId, at);
    }

    private static Invocation inChannel(String channelId, String userId) {
        return new Invocation("T1", channelId, "other", userId, AT);
    }

    /** The five actions, recorded once for the whole class; tests work on copies. */
    private static Path fiveActions;

    /**
     * A1 Sue's, due 30 Sept 08; A2 Deb's, overdue since 31 Aug 08; A3 everyone's, no date;
     * A4 Sue's, done; A5 a free-text owner's, dropped.
     */
    @BeforeAll
    static void recordFiveActions(@TempDir Path dir) {
        Jdbi jdbi = TestDatabase.sqlite(dir).jdbi();
        new GroupService(jdbi, LONDON).setup(by(CHAIR), GroupCommands.setupRequest(GROUP_SETUP));
        AsCommands actions = new AsCommands(new ActionService(jdbi, MeetingLink.NONE));
        actions.add(by(SECRETARY), "Draft revised terms of reference | <@U01SUEBENT|sue.bent> | Sept 08");
        actions.add(by(SECRETARY), "Equality impact assessment | <@UDEB|deb> | Aug 08");
        actions.add(by(SECRETARY), "Send good-practice examples | ALL | ongoing");
        actions.add(by(SECRETARY), "Book the room | <@U01SUEBENT|sue.bent> | Oct 08");
        actions.add(by(SECRETARY), "Contact the council | Cllr Kevin Foster | Oct 08");
        actions.done(by(SUE), "A4");
        actions.drop(by(CHAIR), "A5");
        fiveActions = dir;
    }

    /** The services over one database holding the group of channel C1. */
    abstract class OneGroup {

        Jdbi jdbi;
        GroupService groups;
        AsCommands actions;
        ThemeGroup group;

        /** Given: a database in {@code dir} whose only data is the group of channel C1. */
        void withGroupOnly(Path dir) {
            use(TestDatabase.sqlite(dir));
            group = groups.setup(by(CHAIR), GroupCommands.setupRequest(GROUP_SETUP)).group();
        }

        /** Given: a copy of the group with {@link ActionServiceTest#recordFiveActions its five actions} in {@code dir}. */
        void withFiveActions(Path dir) {
            use(TestDatabase.copyOf(fiveActions, dir));
            group = groups.show(by(CHAIR));
        }

        private void use(Database database) {
            jdbi = database.jdbi();
            groups = new GroupService(jdbi, LONDON);
            actions = new AsCommands(new ActionService(jdbi, MeetingLink.NONE));
        }

        List<ActionEvent> history(Action action) {
            return jdbi.onDemand(ActionStore.class).history(action.id());
        }

        Action stored(String ref) {
            return actions.show(by(CHAIR), ref).action();
        }

        List<String> listed(Invocation inv, String filter) {
            return actions.list(inv, filter).actions().stream().map(Action::ref).toList();
        }
    }

    /** Tests that change things: each gets a database of its own. */
    @Nested
    class Changes extends OneGroup {

        @TempDir
        Path dir;

        // ---- add ----

        @Test
        void addKeepsTextOwnersAndTimescaleWithItsDueDate() {
            withGroupOnly(dir);
            ActionService.Changed added = actions.add(by(SECRETARY),
                    "Draft revised terms of reference | <@U01SUEBENT|sue.bent>/ Debbie Briggs | Sept 08");

            assertThat(added.change()).isEqualTo(ActionEvent.Kind.CREATED);
            assertThat(added.group().name()).isEqualTo("E&CC Theme Group");
            Action action = added.action();
            assertThat(action.ref()).isEqualTo("A1");
            assertThat(action.groupId()).isEqualTo(group.id());
            assertThat(action.text()).isEqualTo("Draft revised terms of reference");
            assertThat(action.owners()).containsExactly(new Who.SlackUser(SUE), new Who.Named("Debbie Briggs"));
            assertThat(action.timescale()).isEqualTo("Sept 08");
            assertThat(action.due()).contains(LocalDate.of(2008, 9, 30));
            assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
            assertThat(action.createdBy()).isEqualTo(SECRETARY);
            assertThat(action.createdAt()).isEqualTo(AT);
            assertThat(stored("A1")).isEqualTo(action);
            assertThat(history(action)).containsExactly(
                    new ActionEvent(action.id(), ActionEvent.Kind.CREATED, "", SECRETARY, AT));
        }

        @Test
        void anyoneInTheChannelMayAddAndRefsCountUpPerGroup() {
            withGroupOnly(dir);
            groups.setup(inChannel("C2", MEMBER), GroupCommands.setupRequest("name Communities"));

            String first = actions.add(by(MEMBER), "One").action().ref();
            String second = actions.add(by(SUE), "Two").action().ref();
            String otherGroupsFirst = actions.add(inChannel("C2", MEMBER), "Elsewhere").action().ref();
            String third = actions.add(by(CHAIR), "Three").action().ref();

            assertThat(List.of(first, second, otherGroupsFirst, third)).containsExactly("A1", "A2", "A1", "A3");
            assertThat(actions.list(inChannel("C2", MEMBER), "all").actions())
                    .extracting(Action::text).containsExactly("Elsewhere");
        }

        @Test
        void ownersAreKeptInTheOrderGiven() {
            withGroupOnly(dir);
            actions.add(by(SECRETARY), "Report | Debbie Briggs, ALL, <@U01SUEBENT|sue> and Balbir Sohal/ <@UDEB|deb>");

            assertThat(stored("A1").owners()).containsExactly(new Who.Named("Debbie Briggs"), new Who.Everyone(),
                    new Who.SlackUser(SUE), new Who.Named("Balbir Sohal"), new Who.SlackUser(DEB));
        }

        @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
        @CsvSource(delimiter = '→', nullValues = "none", textBlock = """
                Sept 08                                 → 2008-09-30
                Sept/Oct 08                             → 2008-10-31
                22/10/2008                              → 2008-10-22
                22 Oct 08                               → 2008-10-22
                July 2008- March 2010                   → 2010-03-31
                August 2008 – April 2009 (for Year 3)   → 2009-04-30
                Q3 2009                                 → 2009-09-30
                end of year                             → 2008-12-31
                today                                   → 2008-09-03
                ongoing                                 → none
                tbc                                     → none
                when the funding is agreed              → none
                """)
        void theTimescaleIsKeptAsTypedAndResolvedWhenItCanBe(String typed, LocalDate due) {
            withGroupOnly(dir);
            Action action = actions.add(by(SECRETARY), "Report | Sue Bent | " + typed).action();

            assertThat(action.timescale()).isEqualTo(typed);
            assertThat(action.due()).isEqualTo(Optional.ofNullable(due));
            assertThat(stored("A1").due()).isEqualTo(Optional.ofNullable(due));
        }

        @Test
        void withoutATimescaleTheActionHasNoDate() {
            withGroupOnly(dir);
            Action bare = actions.add(by(SECRETARY), "Report").action();
            Action noOwner = actions.add(by(SECRETARY), "Report | | Oct 08").action();

            assertThat(bare.owners()).isEmpty();
            assertThat(bare.timescale()).isEmpty();
            assertThat(bare.due()).isEmpty();
            assertThat(noOwner.owners()).isEmpty();
            assertThat(noOwner.due()).contains(LocalDate.of(2008, 10, 31));
        }

        @Test
        void todayIsTheGroupsDayNotUtcs() {
            withGroupOnly(dir);
            // 23:30 UTC on the 3rd is already the 4th in London (BST).
            Action action = actions.add(by(SECRETARY, Instant.parse("2008-09-03T23:30:00Z")), "Report | | today").action();

            assertThat(action.due()).contains(LocalDate.of(2008, 9, 4));
        }

        @Test
        void nextMeetingResolvesToTheGroupsNextMeetingDate() {
            withGroupOnly(dir);
            MeetingLink nextMeetingOn22October = (handle, groupId) ->
                    groupId == group.id() ? Optional.of(LocalDate.of(2008, 10, 22)) : Optional.empty();
            AsCommands withMeeting = new AsCommands(new ActionService(jdbi, nextMeetingOn22October));

            Action action = withMeeting.add(by(SECRETARY), "Report back | ALL | next meeting").action();

            assertThat(action.timescale()).isEqualTo("next meeting");
            assertThat(action.due()).contains(LocalDate.of(2008, 10, 22));
        }

        @Test
        void textIsStoredUnescaped() {
            withGroupOnly(dir);
            Action action = actions.add(by(SECRETARY),
                    "Ask <@UDEB|deb> about E&amp;CC &lt;draft&gt;, see <https://x.org|x.org> | E&amp;CC Theme Group").action();

            assertThat(action.text()).isEqualTo("Ask @deb about E&CC <draft>, see https://x.org");
            assertThat(action.owners()).containsExactly(new Who.Named("E&CC Theme Group"));
        }

        @Test
        void aTextOfExactly2000CharactersIsAccepted() {
            withGroupOnly(dir);
            assertThat(actions.add(by(SECRETARY), "x".repeat(TextLimits.ACTION_TEXT)).action().text()).hasSize(2000);
        }

        @Test
        void longerTextsAndNotesAreRefusedNamingTheLimit() {
            withFiveActions(dir);

            assertThatThrownBy(() -> actions.add(by(SECRETARY), "x".repeat(2001))).hasMessageContaining("2000");
            assertThatThrownBy(() -> actions.update(by(SUE), "A1 " + "x".repeat(3001))).hasMessageContaining("3000");
            assertThat(actions.update(by(SUE), "A1 " + "x".repeat(3000)).detail()).hasSize(3000);
        }

        // ---- list ----

        @Test
        void anotherChannelsListShowsNothingOfThisGroup() {
            withFiveActions(dir);
            groups.setup(inChannel("C2", MEMBER), GroupCommands.setupRequest(""));

            assertThat(actions.list(inChannel("C2", MEMBER), "all").actions()).isEmpty();
            assertThatThrownBy(() -> actions.show(inChannel("C2", MEMBER), "A1")).isInstanceOf(CommandError.class);
            assertThatThrownBy(() -> actions.done(inChannel("C2", MEMBER), "A3")).isInstanceOf(CommandError.class);
            assertThat(stored("A3").isOpen()).isTrue();
        }

        // ---- done / update / due / assign / drop ----

        @Test
        void anOwnerMarksTheirActionDone() {
            withFiveActions(dir);
            Instant later = AT.plusSeconds(3600);

            ActionService.Changed done = actions.done(by(SUE, later), "A1 sent to the board");

            assertThat(done.change()).isEqualTo(ActionEvent.Kind.DONE);
            assertThat(done.detail()).isEqualTo("sent to the board");
            assertThat(done.action().status()).isEqualTo(ActionStatus.DONE);
            assertThat(stored("A1").status()).isEqualTo(ActionStatus.DONE);
            assertThat(history(done.action())).extracting(ActionEvent::kind, ActionEvent::detail, ActionEvent::actor,
                            ActionEvent::at)
                    .containsExactly(tuple(ActionEvent.Kind.CREATED, "", SECRETARY, AT),
                            tuple(ActionEvent.Kind.DONE, "sent to the board", SUE, later));
        }

        @ParameterizedTest
        @ValueSource(strings = {"A1", "a1", "1", "A01"})
        void aRefMayBeTypedLoosely(String ref) {
            withFiveActions(dir);

            assertThat(actions.done(by(SUE), ref).action().ref()).isEqualTo("A1");
        }

        @Test
        void everyoneOwnsAnActionForAll() {
            withFiveActions(dir);

            assertThat(actions.done(by(MEMBER), "A3").action().status()).isEqualTo(ActionStatus.DONE);
        }

        @Test
        void chairsAndSecretariesMayCompleteUpdateAndRedateAnyonesAction() {
            withFiveActions(dir);

            actions.update(by(SECRETARY), "A1 chased");
            actions.due(by(CHAIR), "A1 Oct 08");
            actions.done(by(SECRETARY), "A2");

            assertThat(history(stored("A1"))).extracting(ActionEvent::kind)
                    .containsExactly(ActionEvent.Kind.CREATED, ActionEvent.Kind.UPDATE, ActionEvent.Kind.REDATED);
            assertThat(stored("A2").status()).isEqualTo(ActionStatus.DONE);
        }

        @Test
        void anUpdateIsADatedEntryInTheHistory() {
            withFiveActions(dir);
            Instant later = AT.plusSeconds(86_400);

            ActionService.Changed updated = actions.update(by(SUE, later), "A1 first draft with E&amp;CC");

            assertThat(updated.change()).isEqualTo(ActionEvent.Kind.UPDATE);
            assertThat(updated.action().isOpen()).isTrue();
            assertThat(history(updated.action())).last()
                    .isEqualTo(new ActionEvent(updated.action().id(), ActionEvent.Kind.UPDATE, "first draft with E&CC", SUE, later));
        }

        @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
        @CsvSource(delimiter = '→', nullValues = "none", textBlock = """
                Oct 08                      → 2008-10-31
                Autumn 2008                 → 2008-11-30
                2008/09                     → 2009-03-31
                ongoing                     → none
                once the budget is set      → none
                """)
        void dueSetsANewTimescaleAsTyped(String typed, LocalDate due) {
            withFiveActions(dir);

            ActionService.Changed redated = actions.due(by(SUE), "A1 " + typed);

            assertThat(redated.change()).isEqualTo(ActionEvent.Kind.REDATED);
            assertThat(redated.detail()).isEqualTo("Sept 08 → " + typed);
            assertThat(stored("A1").timescale()).isEqualTo(typed);
            assertThat(stored("A1").due()).isEqualTo(Optional.ofNullable(due));
            assertThat(history(stored("A1"))).last().extracting(ActionEvent::kind, ActionEvent::actor)
                    .containsExactly(ActionEvent.Kind.REDATED, SUE);
        }

        @Test
        void assignReplacesTheOwnersInOrder() {
            withFiveActions(dir);

            ActionService.Changed assigned = actions.assign(by(SECRETARY), "A1 Debbie Briggs and <@UDEB|deb>, ALL");

            List<Who> owners = List.of(new Who.Named("Debbie Briggs"), new Who.SlackUser(DEB), new Who.Everyone());
            assertThat(assigned.change()).isEqualTo(ActionEvent.Kind.REASSIGNED);
            assertThat(stored("A1").owners()).isEqualTo(owners);
            assertThat(history(stored("A1"))).last().satisfies(event -> {
                assertThat(event.kind()).isEqualTo(ActionEvent.Kind.REASSIGNED);
                assertThat(event.actor()).isEqualTo(SECRETARY);
                assertThat(event.reassignedTo()).isEqualTo(owners);
            });
        }

        @Test
        void aFormerOwnerLosesTheAction() {
            withFiveActions(dir);
            actions.assign(by(CHAIR), "A1 <@UDEB|deb>");

            assertThatThrownBy(() -> actions.done(by(SUE), "A1")).isInstanceOf(NotAllowed.class);
            assertThat(actions.done(by(DEB), "A1").action().status()).isEqualTo(ActionStatus.DONE);
            assertThat(listed(by(SUE), "mine")).containsExactly("A3");
        }

        @Test
        void dropClosesTheActionWithItsReason() {
            withFiveActions(dir);

            ActionService.Changed dropped = actions.drop(by(SECRETARY), "A1 superseded by A7");

            assertThat(dropped.change()).isEqualTo(ActionEvent.Kind.DROPPED);
            assertThat(stored("A1").status()).isEqualTo(ActionStatus.DROPPED);
            assertThat(history(stored("A1"))).last().extracting(ActionEvent::kind, ActionEvent::detail, ActionEvent::actor)
                    .containsExactly(ActionEvent.Kind.DROPPED, "superseded by A7", SECRETARY);
            assertThat(listed(by(MEMBER), "open")).containsExactly("A2", "A3");
        }

        // ---- show ----

        @Test
        void showGivesTheWholeHistoryInOrder() {
            withGroupOnly(dir);
            Instant t0 = AT;
            Instant t1 = AT.plusSeconds(3600);
            Instant t2 = AT.plusSeconds(7200);
            Instant t3 = AT.plusSeconds(86_400);
            Instant t4 = AT.plusSeconds(2 * 86_400);
            actions.add(by(SECRETARY, t0), "Draft revised terms of reference | <@U01SUEBENT|sue.bent> | Sept 08");
            actions.update(by(SUE, t1), "A1 first draft");
            actions.due(by(SUE, t2), "A1 Sept/Oct 08");
            actions.assign(by(CHAIR, t3), "A1 <@UDEB|deb>");
            actions.done(by(DEB, t4), "A1 agreed");

            ActionService.Shown shown = actions.show(by(MEMBER, t4), "A1");

            assertThat(shown.action().status()).isEqualTo(ActionStatus.DONE);
            assertThat(shown.action().timescale()).isEqualTo("Sept/Oct 08");
            assertThat(shown.action().due()).contains(LocalDate.of(2008, 10, 31));
            assertThat(shown.today()).isEqualTo(LocalDate.of(2008, 9, 5));
            assertThat(shown.history())
                    .extracting(ActionEvent::kind, ActionEvent::detail, ActionEvent::actor, ActionEvent::at)
                    .containsExactly(
                            tuple(ActionEvent.Kind.CREATED, "", SECRETARY, t0),
                            tuple(ActionEvent.Kind.UPDATE, "first draft", SUE, t1),
                            tuple(ActionEvent.Kind.REDATED, "Sept 08 → Sept/Oct 08", SUE, t2),
                            tuple(ActionEvent.Kind.REASSIGNED, "user:UDEB", CHAIR, t3),
                            tuple(ActionEvent.Kind.DONE, "agreed", DEB, t4));
        }
    }

    /**
     * Tests that must change nothing share one database with {@link ActionServiceTest#recordFiveActions five actions};
     * each still compares a snapshot of every table before and after.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ChangesNothing extends OneGroup {

        @BeforeAll
        void open(@TempDir Path dir) {
            withFiveActions(dir);
        }

        @ParameterizedTest(name = "[{index}] ''{0}'' by {1}")
        @CsvSource(delimiter = '→', textBlock = """
                                ; UMEMBER      → A1 A2 A3
                open            ; UMEMBER      → A1 A2 A3
                OPEN            ; UMEMBER      → A1 A2 A3
                mine            ; U01SUEBENT   → A1 A3
                mine            ; UDEB         → A2 A3
                mine            ; UMEMBER      → A3
                overdue         ; UMEMBER      → A2
                done            ; UMEMBER      → A4
                all             ; UMEMBER      → A1 A2 A3 A4 A5
                <@UDEB|deb>     ; UMEMBER      → A2
                <@U01SUEBENT>   ; UMEMBER      → A1
                """)
        void listFilters(String filterAndUser, String refs) {
            String[] parts = filterAndUser.split(";");

            assertThat(listed(by(parts[1].strip()), parts[0].strip())).containsExactly(refs.split(" "));
        }

        @Test
        void aListOfAPersonSaysWhose() {
            ActionList list = actions.list(by(MEMBER), "<@UDEB|deb>");

            assertThat(list.ofUserId()).contains(DEB);
            assertThat(list.today()).isEqualTo(LocalDate.of(2008, 9, 3));
            assertThat(list.group().id()).isEqualTo(group.id());
        }

        @Test
        void overdueDependsOnTheDayInTheGroupsZone() {
            // A1 is due 30 Sept: 23:30 BST on the 30th is not after it, 00:30 BST on 1 Oct is.
            assertThat(listed(by(MEMBER, Instant.parse("2008-09-30T22:30:00Z")), "overdue")).containsExactly("A2");
            assertThat(listed(by(MEMBER, Instant.parse("2008-09-30T23:30:00Z")), "overdue")).containsExactly("A1", "A2");
            // A4 (done) and A5 (dropped) fall due in October but are never overdue.
            assertThat(listed(by(MEMBER, Instant.parse("2008-11-05T12:00:00Z")), "overdue")).containsExactly("A1", "A2");
        }

        static Stream<Arguments> ownersOnly() {
            return Stream.of(
                    Arguments.of("done", (Command) (s, inv) -> s.done(inv, "A1")),
                    Arguments.of("update", (Command) (s, inv) -> s.update(inv, "A1 progress")),
                    Arguments.of("due", (Command) (s, inv) -> s.due(inv, "A1 Oct 08")));
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @MethodSource("ownersOnly")
        void someoneElsesActionIsRefusedNamingWhoMay(String name, Command command) {
            Map<String, String> before = TestDatabase.snapshot(jdbi);

            NotAllowed refused = catchThrowableOfType(NotAllowed.class, () -> command.run(actions, by(DEB)));

            assertThat(refused).isNotNull();
            assertThat(refused.getMessage()).contains("A1");
            assertThat(refused.allowedUserIds()).containsExactly(CHAIR, SECRETARY);
            assertThat(TestDatabase.snapshot(jdbi)).isEqualTo(before);
        }

        static Stream<Arguments> officersOnly() {
            return Stream.of(
                    Arguments.of("assign", (Command) (s, inv) -> s.assign(inv, "A1 <@UDEB|deb>")),
                    Arguments.of("drop", (Command) (s, inv) -> s.drop(inv, "A1 not needed")));
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @MethodSource("officersOnly")
        void evenTheOwnerMayNotReassignOrDrop(String name, Command command) {
            Map<String, String> before = TestDatabase.snapshot(jdbi);

            NotAllowed refused = catchThrowableOfType(NotAllowed.class, () -> command.run(actions, by(SUE)));

            assertThat(refused).isNotNull();
            assertThat(refused.allowedUserIds()).containsExactly(CHAIR, SECRETARY);
            assertThat(TestDatabase.snapshot(jdbi)).isEqualTo(before);
        }

        // ---- bad input changes nothing ----

        static Stream<Arguments> badCommands() {
            // The command's correct form is added by the command router (its table knows it); an error about
            // the channel itself names the command that sets a group up.
            String add = "";
            String list = "";
            String done = "";
            String update = "";
            String due = "";
            String assign = "";
            String drop = "";
            String show = "";
            String setup = "/themegroup setup name <name of the group>";
            String closed = "";
            return Stream.of(
                    bad("add with no text", add, (s, inv) -> s.add(inv, "")),
                    bad("add with blank text", add, (s, inv) -> s.add(inv, "   ")),
                    bad("add with only who and timescale", add, (s, inv) -> s.add(inv, "| Sue Bent | Oct 08")),
                    bad("add with 2001 characters", add, (s, inv) -> s.add(inv, "x".repeat(2001))),
                    bad("add with 2001 characters once unescaped", add, (s, inv) -> s.add(inv, "&amp;".repeat(2001))),
                    bad("add with 4 columns", add, (s, inv) -> s.add(inv, "Report | Sue Bent | Oct 08 | extra")),
                    bad("add with typo timescale 32/13/2008", add, (s, inv) -> s.add(inv, "Report | Sue Bent | 32/13/2008")),
                    bad("add with typo timescale 31/02/09", add, (s, inv) -> s.add(inv, "Report | Sue Bent | 31/02/09")),
                    bad("add with typo timescale 29/02/2009", add, (s, inv) -> s.add(inv, "Report | Sue Bent | 29/02/2009")),
                    bad("list bogus", list, (s, inv) -> s.list(inv, "bogus")),
                    bad("list overdue please", list, (s, inv) -> s.list(inv, "overdue please")),
                    bad("list a channel", list, (s, inv) -> s.list(inv, "<#C1|general>")),
                    bad("done without ref", done, (s, inv) -> s.done(inv, "")),
                    bad("done X9", done, (s, inv) -> s.done(inv, "X9")),
                    bad("done A99", done, (s, inv) -> s.done(inv, "A99 finished")),
                    bad("done A0", done, (s, inv) -> s.done(inv, "A0")),
                    bad("done A1x", done, (s, inv) -> s.done(inv, "A1x")),
                    bad("done a ten-digit ref", done, (s, inv) -> s.done(inv, "A1234567890")),
                    bad("done with a 3001-character comment", done, (s, inv) -> s.done(inv, "A1 " + "x".repeat(3001))),
                    bad("done A4 already done", closed, (s, inv) -> s.done(inv, "A4")),
                    bad("done A5 already dropped", closed, (s, inv) -> s.done(inv, "A5")),
                    bad("update without ref", update, (s, inv) -> s.update(inv, "")),
                    bad("update X9", update, (s, inv) -> s.update(inv, "X9 progress")),
                    bad("update A99", update, (s, inv) -> s.update(inv, "A99 progress")),
                    bad("update without comment", update, (s, inv) -> s.update(inv, "A1")),
                    bad("update with blank comment", update, (s, inv) -> s.update(inv, "A1    ")),
                    bad("update with a 3001-character comment", update, (s, inv) -> s.update(inv, "A1 " + "x".repeat(3001))),
                    bad("due without ref", due, (s, inv) -> s.due(inv, "")),
                    bad("due without timescale", due, (s, inv) -> s.due(inv, "A1")),
                    bad("due X9", due, (s, inv) -> s.due(inv, "X9 Oct 08")),
                    bad("due A99", due, (s, inv) -> s.due(inv, "A99 Oct 08")),
                    bad("due 31/02/09", due, (s, inv) -> s.due(inv, "A1 31/02/09")),
                    bad("due 32/13/2008", due, (s, inv) -> s.due(inv, "A1 32/13/2008")),
                    bad("due on a done action", closed, (s, inv) -> s.due(inv, "A4 Nov 08")),
                    bad("assign without ref", assign, (s, inv) -> s.assign(inv, "")),
                    bad("assign without who", assign, (s, inv) -> s.assign(inv, "A1")),
                    bad("assign to nobody", assign, (s, inv) -> s.assign(inv, "A1 , /")),
                    bad("assign X9", assign, (s, inv) -> s.assign(inv, "X9 Sue Bent")),
                    bad("assign A99", assign, (s, inv) -> s.assign(inv, "A99 Sue Bent")),
                    bad("assign a dropped action", closed, (s, inv) -> s.assign(inv, "A5 Sue Bent")),
                    bad("drop without ref", drop, (s, inv) -> s.drop(inv, "")),
                    bad("drop X9", drop, (s, inv) -> s.drop(inv, "X9")),
                    bad("drop A99", drop, (s, inv) -> s.drop(inv, "A99")),
                    bad("drop with a 3001-character reason", drop, (s, inv) -> s.drop(inv, "A1 " + "x".repeat(3001))),
                    bad("drop A5 already dropped", closed, (s, inv) -> s.drop(inv, "A5")),
                    bad("show without ref", show, (s, inv) -> s.show(inv, "")),
                    bad("show X9", show, (s, inv) -> s.show(inv, "X9")),
                    bad("show A99", show, (s, inv) -> s.show(inv, "A99")),
                    bad("show with more than the ref", show, (s, inv) -> s.show(inv, "A1 please")),
                    bad("add where there is no group", setup, (s, inv) -> s.add(elsewhere(inv), "Report | Sue Bent | Oct 08")),
                    bad("list where there is no group", setup, (s, inv) -> s.list(elsewhere(inv), "")),
                    bad("done where there is no group", setup, (s, inv) -> s.done(elsewhere(inv), "A1")),
                    bad("update where there is no group", setup, (s, inv) -> s.update(elsewhere(inv), "A1 progress")),
                    bad("due where there is no group", setup, (s, inv) -> s.due(elsewhere(inv), "A1 Oct 08")),
                    bad("assign where there is no group", setup, (s, inv) -> s.assign(elsewhere(inv), "A1 Sue Bent")),
                    bad("drop where there is no group", setup, (s, inv) -> s.drop(elsewhere(inv), "A1")),
                    bad("show where there is no group", setup, (s, inv) -> s.show(elsewhere(inv), "A1")));
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @MethodSource("badCommands")
        void aBadCommandSaysWhatWasWrongAndChangesNothing(String description, String correctForm, Command command) {
            Map<String, String> before = TestDatabase.snapshot(jdbi);

            // The chair may do everything, so nothing but the input itself is at fault.
            CommandError error = catchThrowableOfType(CommandError.class, () -> command.run(actions, by(CHAIR)));

            assertThat(error).as("a CommandError").isNotNull().isNotInstanceOf(NotAllowed.class);
            assertThat(error.getMessage()).isNotBlank();
            assertThat(error.correctForm()).isEqualTo(correctForm);
            assertThat(TestDatabase.snapshot(jdbi)).isEqualTo(before);
        }
    }

    /** One command as a test table row. */
    @FunctionalInterface
    interface Command {
        Object run(AsCommands service, Invocation inv);
    }

    private static Arguments bad(String description, String correctForm, Command command) {
        return Arguments.of(description, correctForm, command);
    }

    private static Invocation elsewhere(Invocation inv) {
        return new Invocation(inv.workspaceId(), "C9", "random", inv.userId(), inv.at());
    }
}
