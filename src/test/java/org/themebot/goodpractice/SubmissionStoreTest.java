package org.themebot.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.themebot.actions.ActionService;
import org.themebot.meetings.MeetingLinks;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.commands.Invocation;
import org.themebot.groups.GroupService;
import org.themebot.groups.ThemeGroup;
import org.themebot.meetings.MeetingService;
import org.themebot.store.BothDatabases;
import org.themebot.store.Database;

/** The store's SQL, on SQLite and on PostgreSQL: the same migration and queries serve both. */
class SubmissionStoreTest {

    private static final Instant AT = Instant.parse("2008-10-08T08:15:00Z");
    private static final String CHAIR = "UCHAIR";

    private static final AtomicInteger channels = new AtomicInteger();
    @RegisterExtension
    static final BothDatabases both = new BothDatabases();

    static Stream<Arguments> databases() {
        return both.arguments();
    }

    /** A new group in a channel of its own, so tests on the shared database do not see each other's rows. */
    private Invocation newGroup(Jdbi jdbi) {
        Invocation chair = new Invocation("T1", "C" + channels.incrementAndGet(), "equalities", CHAIR, AT);
        new GroupService(jdbi, ZoneId.of("Europe/London")).setup(chair, GroupCommands.setupRequest("name Equalities"));
        return chair;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSubmissionAndItsStrandsGoInAndComeBackExactly(String name, Database database) {
        Jdbi jdbi = database.jdbi();
        Invocation chair = newGroup(jdbi);
        ThemeGroup group = new GroupService(jdbi, ZoneId.of("Europe/London")).show(chair);
        SubmissionStore store = jdbi.onDemand(SubmissionStore.class);

        Submission first = store.insert(group.id(), "Café für Älle — 多様性 🌍", "Line one\nline two",
                "https://example.org/a?x=1&y=2", List.of("race", "gypsy/travellers"), Optional.of("Fairness"), "U0SUE",
                Optional.of("Cllr Kevin Foster"), AT);
        Submission second = store.insert(group.id(), "No strands", "", "", List.of(), Optional.empty(), "U0SUE",
                Optional.empty(), AT.plusSeconds(60));

        assertThat(first).isEqualTo(new Submission(first.id(), group.id(), 1, "Café für Älle — 多様性 🌍",
                "Line one\nline two", "https://example.org/a?x=1&y=2", List.of("race", "gypsy/travellers"),
                Optional.of("Fairness"), "U0SUE", Optional.of("Cllr Kevin Foster"), SubmissionStatus.SUBMITTED,
                Optional.empty(), AT));
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.strands()).isEmpty();
        assertThat(store.find(group.id(), 1)).contains(first);
        assertThat(store.byStatus(group.id(), EnumSet.allOf(SubmissionStatus.class))).containsExactly(first, second);
        assertThat(store.submittedSince(group.id(), AT)).containsExactly(second);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tabledSubmissionsAreTakenOntoTheMeetingAndDiscussedWhenItEnds(String name, Database database) {
        Jdbi jdbi = database.jdbi();
        Invocation chair = newGroup(jdbi);
        GoodPracticeAsCommands goodPractice = new GoodPracticeAsCommands(new GoodPracticeService(jdbi));
        GoodPracticeSettingsService settings = new GoodPracticeSettingsService(jdbi);
        MeetingService meetings = new MeetingService(jdbi, new TabledGoodPractice(), new ActionService(jdbi, new MeetingLinks()));
        settings.setStrands(chair, "race, religion, young age, older age, gypsy/travellers");
        goodPractice.submit(chair, "Welcome pack | | gypsy, faith");
        goodPractice.submit(chair, "Not tabled");
        goodPractice.table(chair, "G1");

        assertThat(meetings.start(chair, "2008-10-22", "").tabled()).extracting(t -> t.ref() + " " + t.status())
                .containsExactly("G1 tabled");
        meetings.end(chair);

        assertThat(goodPractice.list(chair, "all").submissions()).extracting(s -> s.ref() + " " + s.status().storeName()
                + " " + s.strands()).containsExactly("G1 discussed [religion, gypsy/travellers]", "G2 submitted []");
        long groupId = goodPractice.show(chair, "G1").group().id();
        assertThat(jdbi.withHandle(h -> GoodPracticeService.forDigest(h, groupId, AT.minusSeconds(1)))
                .submittedSince()).hasSize(2);
    }
}
