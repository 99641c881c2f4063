package org.themebot.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.themebot.plans.PlanGroup.DEBBIE;
import static org.themebot.plans.PlanGroup.JUNE;
import static org.themebot.plans.PlanGroup.SUE;

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
import org.themebot.commands.CommandError;
import org.themebot.commands.NotAllowed;
import org.themebot.contacts.ContactService;
import org.themebot.imports.HeldImports;
import org.themebot.meetings.WorkspaceMembers;
import org.themebot.people.Who;
import org.themebot.store.BothDatabases;
import org.themebot.store.Database;

/** A plan read from Word, held for checking, then recorded once and whole: on SQLite and PostgreSQL. */
class PlanImportTest {

    @RegisterExtension
    static final BothDatabases both = new BothDatabases();

    private static final Instant NOW = Instant.parse("2009-05-06T09:00:00Z");
    private static final WorkspaceMembers MEMBERS = new WorkspaceMembers(List.of(
            new WorkspaceMembers.Member(SUE, "Sue Bent", "sue")));
    private static final String CENTRES = "Hate crime reporting centres in every ward";
    private static final AtomicInteger channels = new AtomicInteger();

    static Stream<Arguments> databases() {
        return both.arguments();
    }

    private static PlanGroup group(Database database) {
        return PlanGroup.setUp(database.jdbi(), "CPLAN" + channels.incrementAndGet(), "E&CC Theme Group", NOW);
    }

    private static ImportedPlan.Item item(int row, String objective, List<Who> lead, Optional<PlanStatus> status,
                                          List<ImportedPlan.Measure> measures, List<ImportedPlan.Review> reviews) {
        return new ImportedPlan.Item(row, Optional.empty(), objective, List.of("Audit existing centres"),
                "April 2008 – March 2010", lead, measures, status, reviews);
    }

    private static ImportedPlan.Review on(LocalDate day, String text) {
        return new ImportedPlan.Review(Optional.of(day), text);
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the class shares its databases
    @MethodSource("databases")
    void confirmingAddsNewObjectivesWholeAndOnlyTheReviewsExistingOnesLackOnce(String name, Database database) {
        PlanGroup group = group(database);
        PlanService plans = group.plans();
        plans.add(group.as(DEBBIE, NOW), PlanDraft.quick(CENTRES, List.of(), "April 2008 – March 2010"));
        plans.review(group.as(DEBBIE, NOW), 1, "Two centres open");
        new ContactService(database.jdbi()).save(group.as(DEBBIE, NOW), "Kevin Foster", "kevin@example.org");
        ImportedPlan.Item guide = item(3, "Publish a good practice guide", List.of(new Who.Named("Cllr Kevin Foster")),
                Optional.of(PlanStatus.AT_RISK), List.of(new ImportedPlan.Measure("Guide printed", true),
                        new ImportedPlan.Measure("Launch event", false)),
                List.of(on(LocalDate.of(2008, 11, 12), "Draft seen by the group"),
                        on(LocalDate.of(2009, 3, 4), "At risk: printing not funded"),
                        new ImportedPlan.Review(Optional.empty(), "Outcome: services designed with cohesion in mind")));
        ImportedPlan read = new ImportedPlan("Action Plan 2008/10", List.of(
                item(2, "  hate crime reporting CENTRES in every ward ", List.of(new Who.Named("Sue Bent")),
                        Optional.empty(), List.of(), List.of(on(LocalDate.of(2008, 11, 12), "Two centres open"),
                                on(LocalDate.of(2009, 3, 4), "Four centres open"))),
                guide, guide), List.of());
        PlanImport imports = new PlanImport(database.jdbi());

        PlanImport.Preview preview = imports.preview(group.as(DEBBIE, NOW), "plan.docx", read, MEMBERS);

        assertThat(preview.items()).extracting(PlanImport.Planned::outcome, PlanImport.Planned::ref).containsExactly(
                tuple(PlanImport.Outcome.ADD_REVIEWS, "P1"),
                tuple(PlanImport.Outcome.ADD, "P2"),
                tuple(PlanImport.Outcome.SKIP, "P2"));
        assertThat(preview.items().get(0).item().lead()).containsExactly(new Who.SlackUser(SUE));
        assertThat(preview.items().get(0).newReviews()).extracting(ImportedPlan.Review::text).containsExactly("Four centres open");
        assertThat(preview.items().get(1).leadIsContact()).isTrue();
        assertThat(preview.items().get(1).timescale().start()).contains(LocalDate.of(2008, 4, 1));
        assertThat(plans.list(group.as(JUNE, NOW), PlanFilter.ALL).items()).hasSize(1);

        PlanImport.Imported imported = imports.confirm(group.as(DEBBIE, NOW), preview.id(), true);

        assertThat(imported.added()).extracting(PlanItem::ref).containsExactly("P2");
        assertThat(imported.reviewed()).extracting(PlanItem::ref).containsExactly("P1");
        assertThat(imported.skipped()).isOne();
        PlanService.Shown p2 = plans.show(group.as(JUNE, NOW), 2);
        assertThat(p2.item().status()).isEqualTo(PlanStatus.AT_RISK);
        assertThat(p2.item().statusComment()).contains("printing not funded");
        assertThat(p2.item().lead()).contains(new Who.Named("Cllr Kevin Foster"));
        assertThat(p2.item().measurables()).extracting(PlanItem.Measurable::done).containsExactly(true, false);
        assertThat(p2.reviews()).extracting(r -> r.day(PlanGroup.LONDON), PlanReview::kind).containsExactly(
                tuple(LocalDate.of(2008, 11, 12), PlanReview.Kind.COMMENT),
                tuple(LocalDate.of(2009, 3, 4), PlanReview.Kind.STATUS),
                tuple(LocalDate.of(2009, 5, 6), PlanReview.Kind.COMMENT));
        assertThat(plans.show(group.as(JUNE, NOW), 1).reviews()).extracting(PlanReview::text)
                .containsExactly("Four centres open", "Two centres open"); // the file's is dated March 2009

        assertThatThrownBy(() -> imports.confirm(group.as(DEBBIE, NOW), preview.id(), true))
                .isInstanceOf(CommandError.class).hasMessageContaining("no longer waiting to be imported");
        assertThat(plans.list(group.as(JUNE, NOW), PlanFilter.ALL).items()).hasSize(2);
        assertThatThrownBy(() -> imports.preview(group.as(DEBBIE, NOW), "plan.docx", read, MEMBERS))
                .isInstanceOf(CommandError.class).hasMessageContaining("in this group's plan already");
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("databases")
    void aConfirmationThatFailsPartWayOrIsNotTheImportersWritesNothing(String name, Database database) {
        PlanGroup group = group(database);
        Jdbi jdbi = database.jdbi();
        ImportedPlan read = new ImportedPlan("", List.of(
                item(2, CENTRES, List.of(), Optional.empty(), List.of(), List.of(on(LocalDate.of(2008, 11, 12), "Open"))),
                item(3, "Second objective", List.of(), Optional.empty(), List.of(), List.of())), List.of());
        PlanImport imports = new PlanImport(jdbi);
        assertThatThrownBy(() -> imports.preview(group.as(JUNE, NOW), "plan.docx", read, MEMBERS))
                .isInstanceOf(NotAllowed.class);
        String id = imports.preview(group.as(DEBBIE, NOW), "plan.docx", read, MEMBERS).id();

        for (var other : List.of(group.as(SUE, NOW), group.as(DEBBIE, NOW.plus(HeldImports.HELD_FOR).plusSeconds(1)))) {
            assertThatThrownBy(() -> imports.confirm(other, id, true)).isInstanceOf(CommandError.class);
        }
        // the second objective grown past what themebot keeps while held: found only after the first is written
        jdbi.useHandle(h -> h.createUpdate("UPDATE pending_import SET notes = REPLACE(notes, 'Second objective', :long)")
                .bind("long", "x".repeat(2100)).execute());
        assertThatThrownBy(() -> imports.confirm(group.as(DEBBIE, NOW), id, true)).isInstanceOf(InvalidPlan.class);

        long items = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM plan_item p JOIN theme_group g "
                + "ON g.id = p.group_id WHERE g.channel_id = :c").bind("c", group.channel()).mapTo(Long.class).one());
        long held = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pending_import WHERE id = :id AND kind = 'plan'")
                .bind("id", id).mapTo(Long.class).one());
        assertThat(items).isZero();
        assertThat(held).as("still held").isOne();
    }
}
