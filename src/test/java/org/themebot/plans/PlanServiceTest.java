package org.themebot.plans;

import static org.assertj.core.groups.Tuple.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.themebot.plans.PlanGroup.DEBBIE;
import static org.themebot.plans.PlanGroup.JUNE;
import static org.themebot.plans.PlanGroup.SUE;

import org.themebot.commands.Invocation;
import java.time.Instant;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.themebot.commands.CommandError;
import org.themebot.commands.NotAllowed;
import org.themebot.people.Who;
import org.themebot.store.TestDatabase;

class PlanServiceTest {

    private static final String NOW = "2008-09-03T09:00:00Z";

    @TempDir
    Path dir;
    private Jdbi jdbi;
    private PlanGroup group;
    private PlanService plans;

    @BeforeEach
    void setUp() {
        jdbi = TestDatabase.sqlite(dir).jdbi();
        group = PlanGroup.setUp(jdbi, "C0EQ", "E&CC Theme Group", Instant.parse(NOW));
        plans = group.plans();
    }

    @Test
    void theQuickFormAddsAnObjectiveWhoseRangeKeepsItsStart() {
        PlanItem first = plans.add(group.as(DEBBIE, NOW), PlanDraft.quick(
                "Mainstream equality and diversity across the partnership", List.of(new Who.Named("Chair")),
                "April 2008 – March 2010")).item();
        PlanItem second = plans.add(group.as(SUE, NOW), PlanDraft.quick("Publish a newsletter",
                List.of(new Who.SlackUser(DEBBIE)), "  Autumn 2008 ")).item();

        assertThat(first.ref()).isEqualTo("P1");
        assertThat(first.timescale()).isEqualTo(new PlanTimescale("April 2008 – March 2010",
                Optional.of(LocalDate.of(2008, 4, 1)), Optional.of(LocalDate.of(2010, 3, 31))));
        assertThat(first.lead()).contains(new Who.Named("Chair"));
        assertThat(first.status()).isEqualTo(PlanStatus.ON_TRACK);
        assertThat(second.ref()).isEqualTo("P2");
        assertThat(second.timescale().text()).isEqualTo("Autumn 2008");
        assertThat(second.timescale().end()).contains(LocalDate.of(2008, 11, 30));
    }

    @Test
    void theFullFormKeepsTheFiveColumnsAndShowGivesThemBack() {
        plans.add(group.as(DEBBIE, NOW), new PlanDraft("Develop a communications strategy",
                List.of("Consult members", "  ", "Draft the strategy"), "August 2008 – April 2009 (for Year 3)",
                List.of(new Who.SlackUser(SUE)), List.of("Strategy agreed by the board", "Newsletter twice a year")));

        PlanService.Shown shown = plans.show(group.as(JUNE, NOW), 1);

        assertThat(shown.item().objective()).isEqualTo("Develop a communications strategy");
        assertThat(shown.item().methodology()).containsExactly("Consult members", "Draft the strategy");
        assertThat(shown.item().timescale().start()).contains(LocalDate.of(2008, 8, 1));
        assertThat(shown.item().timescale().end()).contains(LocalDate.of(2009, 4, 30));
        assertThat(shown.item().measurables()).extracting(PlanItem.Measurable::text)
                .containsExactly("Strategy agreed by the board", "Newsletter twice a year");
        assertThat(shown.reviews()).isEmpty();
        assertThat(shown.actions()).isEmpty();
    }

    @Test
    void reviewsAreDatedAndMarkedWithTheMeetingTheyWereMadeAt() {
        plans.add(group.as(DEBBIE, NOW), PlanDraft.quick("Hate crime reporting", List.of(), "2008/10"));
        group.meetings().start(group.as(DEBBIE, "2008-10-22T09:00:00Z"), "2008-10-22");

        PlanService.Reviewed atMeeting = plans.review(group.as(JUNE, "2008-10-22T10:15:00Z"), 1,
                "Three reporting centres open");
        group.meetings().end(group.as(DEBBIE, "2008-10-22T12:00:00Z"));
        PlanService.Reviewed between = plans.review(group.as(JUNE, "2008-11-05T10:00:00Z"), 1, "Fourth centre agreed");
        plans.status(group.as(SUE, "2008-11-06T10:00:00Z"), 1, PlanStatus.AT_RISK, Optional.of("funding not confirmed"));

        assertThat(atMeeting.meeting()).isPresent();
        assertThat(atMeeting.review().meetingId()).contains(atMeeting.meeting().get().id());
        assertThat(between.meeting()).isEmpty();
        PlanService.Shown shown = plans.show(group.as(JUNE, NOW), 1);
        assertThat(shown.reviews()).extracting(PlanReview::text, PlanReview::userId).containsExactly(
                tuple("Three reporting centres open", JUNE),
                tuple("Fourth centre agreed", JUNE),
                tuple("At risk: funding not confirmed", SUE));
        assertThat(shown.reviews().get(0).day(PlanGroup.LONDON)).isEqualTo(LocalDate.of(2008, 10, 22));
        assertThat(shown.item().status()).isEqualTo(PlanStatus.AT_RISK);
        assertThat(shown.item().statusComment()).contains("funding not confirmed");
    }

    @Test
    void aReviewDuringAMeetingGoesIntoItsNotesInTheSameTransaction() {
        plans.add(group.as(DEBBIE, NOW), PlanDraft.quick("Hate crime reporting", List.of(), "2008/10"));
        List<String> noted = new ArrayList<>();
        PlanService recording = new PlanService(jdbi, (handle, meetingId, item, text, inv) ->
                noted.add(meetingId + " " + item.ref() + " " + text));
        PlanService failing = new PlanService(jdbi, (handle, meetingId, item, text, inv) -> {
            throw new IllegalStateException("notes unavailable");
        });

        recording.review(group.as(JUNE, "2008-09-02T10:00:00Z"), 1, "Before the meeting");
        long meetingId = group.meetings().start(group.as(DEBBIE, NOW), "2008-09-03").meeting().id();
        recording.review(group.as(JUNE, "2008-09-03T10:00:00Z"), 1, "Three centres open");
        Map<String, String> before = TestDatabase.snapshot(jdbi);
        assertThatThrownBy(() -> failing.review(group.as(JUNE, "2008-09-03T10:05:00Z"), 1, "Lost with the notes"))
                .hasMessage("notes unavailable");

        assertThat(noted).containsExactly(meetingId + " P1 P1 Hate crime reporting — review: Three centres open");
        assertThat(TestDatabase.snapshot(jdbi)).isEqualTo(before);
    }

    @Test
    void editingReplacesTheColumnsAndKeepsTheTicksOfUnchangedMeasurables() {
        plans.add(group.as(DEBBIE, NOW), new PlanDraft("Newsletter", List.of(), "2008/09", List.of(),
                List.of("Spring issue", "Autumn issue")));
        plans.measure(group.as(DEBBIE, "2008-10-01T09:00:00Z"), 1, 2, true);

        PlanItem edited = plans.edit(group.as(SUE, "2008-10-02T09:00:00Z"), 1, new PlanDraft("Twice-yearly newsletter",
                List.of("Editorial group"), "2008/10", List.of(new Who.Named("Cllr Kevin Foster")),
                List.of("Spring issue, printed", "Autumn issue"))).item();

        assertThat(edited.objective()).isEqualTo("Twice-yearly newsletter");
        assertThat(edited.timescale().end()).contains(LocalDate.of(2010, 3, 31));
        assertThat(edited.lead()).contains(new Who.Named("Cllr Kevin Foster"));
        assertThat(edited.measurables()).extracting(PlanItem.Measurable::text, PlanItem.Measurable::done)
                .containsExactly(tuple("Spring issue, printed", false),
                        tuple("Autumn issue", true));
        assertThat(plans.measure(group.as(SUE, NOW), 1, 2, false).item().measurablesDone()).isZero();
    }

    @Test
    void actionsLinkedToAnObjectiveShowDoneAndOpen() {
        plans.add(group.as(DEBBIE, NOW), PlanDraft.quick("Hate crime reporting", List.of(), "2008/10"));
        plans.add(group.as(DEBBIE, NOW), PlanDraft.quick("Newsletter", List.of(), "2008/10"));
        group.actions().add(group.as(DEBBIE, NOW), "Open two reporting centres | <@" + JUNE + "> | Oct 08");
        group.actions().add(group.as(DEBBIE, NOW), "Train the staff | <@" + JUNE + "> | Nov 08");
        group.actions().add(group.as(DEBBIE, NOW), "Not linked | <@" + JUNE + "> | Nov 08");
        plans.link(group.as(DEBBIE, NOW), 1, 2);
        plans.link(group.as(DEBBIE, NOW), 1, 1); // moves A1 to P1
        plans.link(group.as(SUE, NOW), 2, 1);
        group.actions().done(group.as(JUNE, "2008-10-20T15:00:00Z"), "A1 both open");

        PlanService.Shown shown = plans.show(group.as(JUNE, NOW), 1);

        assertThat(shown.doneActions()).extracting(LinkedAction::ref).containsExactly("A1");
        assertThat(shown.doneActions().get(0).doneAt()).contains(Instant.parse("2008-10-20T15:00:00Z"));
        assertThat(shown.openActions()).extracting(LinkedAction::ref).containsExactly("A2");
        assertThat(plans.show(group.as(JUNE, NOW), 2).actions()).isEmpty();
    }

    @Test
    void listShowsOpenAllAtRiskAndDueForReview() {
        for (String objective : List.of("One", "Two", "Three", "Four")) {
            plans.add(group.as(DEBBIE, NOW), PlanDraft.quick(objective, List.of(), "2008/10"));
        }
        plans.status(group.as(DEBBIE, NOW), 2, PlanStatus.AT_RISK, Optional.empty());
        plans.status(group.as(DEBBIE, NOW), 3, PlanStatus.ACHIEVED, Optional.empty());
        plans.review(group.as(JUNE, "2008-11-01T09:00:00Z"), 4, "going well");

        assertThat(numbers(plans.list(group.as(JUNE, NOW), PlanFilter.OPEN))).containsExactly(1, 2, 4);
        assertThat(numbers(plans.list(group.as(JUNE, NOW), PlanFilter.ALL))).containsExactly(1, 2, 3, 4);
        assertThat(numbers(plans.list(group.as(JUNE, NOW), PlanFilter.AT_RISK))).containsExactly(2);
        assertThat(numbers(plans.list(group.as(JUNE, "2008-12-01T09:00:00Z"), PlanFilter.DUE))).containsExactly(1, 2, 4);

        assertThat(plans.setReviewCadence(group.as(SUE, NOW), ReviewCadence.QUARTERLY)).isEqualTo(ReviewCadence.QUARTERLY);
        // P2's status change on 3 September counts as a review; P4 was reviewed in November.
        assertThat(numbers(plans.list(group.as(JUNE, "2008-12-01T09:00:00Z"), PlanFilter.DUE))).containsExactly(1);
        plans.setReviewCadence(group.as(SUE, NOW), ReviewCadence.OFF);
        assertThat(numbers(plans.list(group.as(JUNE, "2008-12-01T09:00:00Z"), PlanFilter.DUE))).isEmpty();
    }

    @Test
    void theDigestAndMeetingHooksReadThePlanThroughTheCallersHandle() {
        plans.add(group.as(DEBBIE, NOW), PlanDraft.quick("Ends soon", List.of(), "Sept 08"));
        plans.add(group.as(DEBBIE, NOW), PlanDraft.quick("Later", List.of(), "2008/10"));
        plans.status(group.as(DEBBIE, NOW), 2, PlanStatus.AT_RISK, Optional.empty());

        PlanRules.DigestLine line = jdbi.inTransaction(handle -> PlanService.forDigest(handle,
                group.actions().service().groupOf(group.as(SUE, NOW)), LocalDate.of(2008, 9, 10)));
        List<PlanItem> due = jdbi.inTransaction(handle -> PlanService.dueForReview(handle,
                group.actions().service().groupOf(group.as(SUE, NOW)), LocalDate.of(2008, 9, 10)));

        assertThat(line.atRisk()).extracting(PlanItem::ref).containsExactly("P2");
        assertThat(line.endingSoon()).extracting(PlanItem::ref).containsExactly("P1");
        assertThat(due).extracting(PlanItem::ref).containsExactly("P1", "P2");
    }

    @Test
    void membersMayReviewButOnlyOfficersChangeThePlan() {
        plans.add(group.as(DEBBIE, NOW), PlanDraft.quick("Newsletter", List.of(), "2008/10"));
        group.actions().add(group.as(DEBBIE, NOW), "Draft | <@" + JUNE + "> | Oct 08");
        Map<String, String> before = TestDatabase.snapshot(jdbi);
        List<Consumer<PlanService>> changes = List.of(
                p -> p.add(group.as(JUNE, NOW), PlanDraft.quick("Mine", List.of(), "")),
                p -> p.edit(group.as(JUNE, NOW), 1, PlanDraft.quick("Mine", List.of(), "")),
                p -> p.editForm(group.as(JUNE, NOW), 1),
                p -> p.status(group.as(JUNE, NOW), 1, PlanStatus.ACHIEVED, Optional.empty()),
                p -> p.measure(group.as(JUNE, NOW), 1, 1, true),
                p -> p.link(group.as(JUNE, NOW), 1, 1),
                p -> p.setReviewCadence(group.as(JUNE, NOW), ReviewCadence.OFF),
                p -> p.export(group.as(JUNE, NOW)));

        for (Consumer<PlanService> change : changes) {
            assertThatThrownBy(() -> change.accept(plans)).isInstanceOfSatisfying(NotAllowed.class,
                    refusal -> assertThat(refusal.allowedUserIds()).containsExactly(SUE, DEBBIE));
        }
        assertThat(TestDatabase.snapshot(jdbi)).isEqualTo(before);
        assertThat(plans.review(group.as(JUNE, NOW), 1, "on its way").review().userId()).isEqualTo(JUNE);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("an empty objective", (Consumer<PlanService>) p -> p.add(inv(DEBBIE), PlanDraft.quick(" ", List.of(), "")),
                        "Say what the objective is.", InvalidPlan.Field.OBJECTIVE),
                Arguments.of("two leads", (Consumer<PlanService>) p -> p.add(inv(DEBBIE), PlanDraft.quick("X",
                        List.of(new Who.Named("A"), new Who.Named("B")), "")), "An objective has one lead member; 2 were given.",
                        InvalidPlan.Field.LEAD),
                Arguments.of("a date that cannot exist", (Consumer<PlanService>) p -> p.add(inv(DEBBIE),
                        PlanDraft.quick("X", List.of(), "31/02/09")), "31/02/09 is not a real", InvalidPlan.Field.TIMESCALE),
                Arguments.of("an objective too long", (Consumer<PlanService>) p -> p.add(inv(DEBBIE),
                        PlanDraft.quick("x".repeat(2001), List.of(), "")), "An objective is at most 2000 characters",
                        InvalidPlan.Field.OBJECTIVE),
                Arguments.of("no such objective", (Consumer<PlanService>) p -> p.show(inv(JUNE), 9),
                        "This group's plan has no P9.", null),
                Arguments.of("editing no such objective", (Consumer<PlanService>) p -> p.edit(inv(SUE), 9,
                        PlanDraft.quick("X", List.of(), "")), "This group's plan has no P9.", null),
                Arguments.of("an empty review", (Consumer<PlanService>) p -> p.review(inv(JUNE), 1, "  "),
                        "Say what the review found.", null),
                Arguments.of("a measurable that is not there", (Consumer<PlanService>) p -> p.measure(inv(SUE), 1, 3, true),
                        "P1 has measurables 1 to 2.", null),
                Arguments.of("linking no such action", (Consumer<PlanService>) p -> p.link(inv(SUE), 7, 1),
                        "This group has no action A7.", null),
                Arguments.of("linking to no such objective", (Consumer<PlanService>) p -> p.link(inv(SUE), 1, 9),
                        "This group's plan has no P9.", null),
                Arguments.of("a status comment too long", (Consumer<PlanService>) p -> p.status(inv(SUE), 1,
                        PlanStatus.AT_RISK, Optional.of("x".repeat(3001))), "A comment is at most 3000 characters",
                        null));
    }

    private static Invocation inv(String user) {
        return new Invocation("T1", "C0EQ", "equalities", user,
                Instant.parse(NOW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedSayingWhatWasWrongAndChangesNothing(String what, Consumer<PlanService> call, String problem,
                                                              InvalidPlan.Field column) {
        plans.add(group.as(DEBBIE, NOW), new PlanDraft("Newsletter", List.of(), "2008/10", List.of(),
                List.of("Spring", "Autumn")));
        group.actions().add(group.as(DEBBIE, NOW), "Draft | <@" + JUNE + "> | Oct 08");
        Map<String, String> before = TestDatabase.snapshot(jdbi);

        assertThatThrownBy(() -> call.accept(plans)).isInstanceOfSatisfying(CommandError.class, error -> {
            assertThat(error.getMessage()).startsWith(problem);
            assertThat(error.correctForm()).as("the command's table adds the form").isEmpty();
            if (column != null) { // the form shows it beside that field
                assertThat(error).isInstanceOfSatisfying(InvalidPlan.class, e -> assertThat(e.field()).isEqualTo(column));
            }
        });
        assertThat(TestDatabase.snapshot(jdbi)).isEqualTo(before);
    }

    @Test
    void anotherChannelNeitherSeesNorChangesThisPlan() {
        plans.add(group.as(DEBBIE, NOW), PlanDraft.quick("Newsletter", List.of(), "2008/10"));
        PlanGroup other = PlanGroup.setUp(jdbi, "C0OTHER", "Another group", Instant.parse(NOW));

        assertThat(other.plans().list(other.as(SUE, NOW), PlanFilter.ALL).items()).isEmpty();
        assertThatThrownBy(() -> other.plans().review(other.as(JUNE, NOW), 1, "sneaky"))
                .hasMessage("This group's plan has no P1.");
        assertThatThrownBy(() -> plans.show(new Invocation("T1", "C0NONE", "random", SUE,
                Instant.parse(NOW)), 1)).hasMessage("This channel has no theme group yet.");
        assertThat(plans.show(group.as(JUNE, NOW), 1).reviews()).isEmpty();
    }

    private static List<Integer> numbers(PlanService.Listed listed) {
        return listed.items().stream().map(PlanItem::number).toList();
    }
}
