package org.themebot.plans;

import static org.assertj.core.groups.Tuple.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.plans.PlanGroup.DEBBIE;
import static org.themebot.plans.PlanGroup.JUNE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Who;
import org.themebot.store.BothDatabases;
import org.themebot.store.Database;

/** The plan store's SQL on SQLite and on PostgreSQL. */
class PlanStoreTest {

    private static final Instant AT = Instant.parse("2008-09-03T09:00:00.123Z");
    private static final AtomicInteger channels = new AtomicInteger();

    @RegisterExtension
    static final BothDatabases both = new BothDatabases();

    static Stream<Arguments> databases() {
        return both.arguments();
    }

    private static PlanGroup newGroup(Jdbi jdbi) {
        return PlanGroup.setUp(jdbi, "CPLAN" + channels.incrementAndGet(), "Equalities", AT);
    }

    private static ThemeGroup themeGroup(PlanGroup group) {
        return group.actions().service().groupOf(group.as(DEBBIE, AT));
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the class shares its databases
    @MethodSource("databases")
    void anObjectiveGoesInAndComesBackExactly(String name, Database database) {
        Jdbi jdbi = database.jdbi();
        ThemeGroup group = themeGroup(newGroup(jdbi));
        PlanStore store = jdbi.onDemand(PlanStore.class);
        PlanTimescale timescale = new PlanTimescale("April 2008 – March 2010", Optional.of(LocalDate.of(2008, 4, 1)),
                Optional.of(LocalDate.of(2010, 3, 31)));
        PlanDraft draft = new PlanDraft("Café für Älle — 多様性 🌍 | <b>", List.of("Step one", "Step two"),
                timescale.text(), List.of(new Who.Named("Cllr Kevin Foster")), List.of("Output 1", "Output 2"));

        long id = jdbi.inTransaction(h -> h.attach(PlanStore.class).insert(group.id(), draft, timescale, DEBBIE, AT));
        long second = jdbi.inTransaction(h -> h.attach(PlanStore.class).insert(group.id(),
                PlanDraft.quick("No lead", List.of(), "ongoing"),
                new PlanTimescale("ongoing", Optional.empty(), Optional.empty()), DEBBIE, AT.plusSeconds(60)));

        PlanItem item = store.item(group.id(), 1).orElseThrow();
        assertThat(item).isEqualTo(new PlanItem(id, group.id(), 1, draft.objective(), draft.methodology(), timescale,
                Optional.of(new Who.Named("Cllr Kevin Foster")),
                List.of(new PlanItem.Measurable(1, "Output 1", Optional.empty()),
                        new PlanItem.Measurable(2, "Output 2", Optional.empty())),
                PlanStatus.ON_TRACK, Optional.empty(), AT, AT));
        assertThat(store.itemById(second).orElseThrow().number()).isEqualTo(2);
        assertThat(store.itemById(second).orElseThrow().lead()).isEmpty();
        assertThat(store.items(group.id())).extracting(PlanItem::number).containsExactly(1, 2);
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the class shares its databases
    @MethodSource("databases")
    void statusTicksReviewsLinksAndCadenceAreKept(String name, Database database) {
        Jdbi jdbi = database.jdbi();
        PlanGroup planGroup = newGroup(jdbi);
        ThemeGroup group = themeGroup(planGroup);
        PlanService plans = planGroup.plans();
        plans.add(planGroup.as(DEBBIE, AT), new PlanDraft("Newsletter", List.of(), "2008/10", List.of(),
                List.of("Spring", "Autumn")));
        plans.add(planGroup.as(DEBBIE, AT), PlanDraft.quick("Other", List.of(), "2008/10"));
        planGroup.actions().add(planGroup.as(DEBBIE, AT), "Draft it | <@" + JUNE + "> | Oct 08");
        planGroup.actions().add(planGroup.as(DEBBIE, AT), "Print it | <@" + JUNE + "> | Nov 08");
        plans.link(planGroup.as(DEBBIE, AT), 1, 2);
        plans.link(planGroup.as(DEBBIE, AT), 1, 1);
        plans.link(planGroup.as(DEBBIE, AT), 2, 1);
        planGroup.actions().done(planGroup.as(JUNE, AT.plusSeconds(3600)), "A1");
        plans.measure(planGroup.as(DEBBIE, AT.plusSeconds(7200)), 1, 1, true);
        plans.status(planGroup.as(DEBBIE, AT.plusSeconds(7300)), 1, PlanStatus.AT_RISK, Optional.of("late"));
        plans.review(planGroup.as(JUNE, AT.plusSeconds(7400)), 1, "Spring issue out");
        plans.setReviewCadence(planGroup.as(DEBBIE, AT), ReviewCadence.QUARTERLY);
        plans.setReviewCadence(planGroup.as(DEBBIE, AT), ReviewCadence.OFF);
        PlanStore store = jdbi.onDemand(PlanStore.class);

        PlanItem item = store.item(group.id(), 1).orElseThrow();
        assertThat(item.status()).isEqualTo(PlanStatus.AT_RISK);
        assertThat(item.statusComment()).contains("late");
        assertThat(item.measurables().get(0).doneAt()).contains(AT.plusSeconds(7200));
        assertThat(item.measurables().get(1).done()).isFalse();
        assertThat(store.reviews(group.id())).extracting(PlanReview::kind, PlanReview::text).containsExactly(
                tuple(PlanReview.Kind.STATUS, "At risk: late"),
                tuple(PlanReview.Kind.COMMENT, "Spring issue out"));
        assertThat(store.linkedActions(group.id())).containsExactly(
                new LinkedAction(item.id(), 1, "Draft it", "done", Optional.of(LocalDate.of(2008, 10, 31)),
                        Optional.of(AT.plusSeconds(3600))),
                new LinkedAction(item.id(), 2, "Print it", "open", Optional.of(LocalDate.of(2008, 11, 30)),
                        Optional.empty()));
        long actionId = planGroup.actions().show(planGroup.as(JUNE, AT), "A1").action().id();
        assertThat(store.planItemIdOf(actionId).flatMap(store::itemById)).map(PlanItem::number).contains(1);
        assertThat(store.cadence(group.id())).isEqualTo(ReviewCadence.OFF);
        assertThat(store.cadence(group.id() + 1000)).isEqualTo(ReviewCadence.EVERY);
    }
}
