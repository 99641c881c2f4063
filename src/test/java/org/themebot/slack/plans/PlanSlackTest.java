package org.themebot.slack.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.view.ViewState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.themebot.commands.CommandError;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Names;
import org.themebot.people.Who;
import org.themebot.plans.AnnualReportDocument;
import org.themebot.plans.DocumentFormat;
import org.themebot.plans.InvalidPlan;
import org.themebot.plans.LinkedAction;
import org.themebot.plans.PlanDraft;
import org.themebot.plans.PlanFilter;
import org.themebot.plans.PlanItem;
import org.themebot.plans.PlanReview;
import org.themebot.plans.PlanService;
import org.themebot.plans.PlanStatus;
import org.themebot.plans.PlanTimescale;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.SlackMessage;

/** /plan's grammar, its form, and its messages within Slack's limits, with what people typed escaped. */
class PlanSlackTest {

    private static final ThemeGroup GROUP = new ThemeGroup(1, "T1", "C1", "E&CC Theme Group", ZoneId.of("Europe/London"),
            List.of("U0SUE"), List.of(), Instant.EPOCH);
    private static final Names NAMES = id -> "Sue Bent";

    private static PlanItem item(int number, String objective) {
        return new PlanItem(number, 1, number, objective, List.of("Audit <all> partners"),
                new PlanTimescale("April 2008 – March 2010", Optional.empty(), Optional.of(LocalDate.of(2010, 3, 31))),
                Optional.of(new Who.SlackUser("U0SUE")),
                List.of(new PlanItem.Measurable(1, "Audit done", Optional.of(Instant.EPOCH)),
                        new PlanItem.Measurable(2, "Event held", Optional.empty())),
                PlanStatus.AT_RISK, Optional.of("funding & staff"), Instant.EPOCH, Instant.EPOCH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
            "2008/09 ¦ 2008/09 ¦ DOCX",
            "2008/09 PDF ¦ 2008/09 ¦ PDF",
            "April 2008 – September 2008 docx ¦ April 2008 – September 2008 ¦ DOCX",
            "April 2008 – September 2008 ¦ April 2008 – September 2008 ¦ DOCX",
            "2008/09 xlsx ¦ 2008/09 xlsx ¦ DOCX",
    })
    void aReportsFormatIsTheLastWordWhenItIsOneOffered(String typed, String period, DocumentFormat format) {
        assertThat(DocumentUploads.periodAndFormat(typed, AnnualReportDocument.FORMATS))
                .isEqualTo(new DocumentUploads.PeriodAndFormat(period, format));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
            "at-risk funding not confirmed ¦ AT_RISK ¦ funding not confirmed",
            "at risk funding not confirmed ¦ AT_RISK ¦ funding not confirmed",
            "On Track ¦ ON_TRACK ¦ ''",
            "achieved  ¦ ACHIEVED ¦ ''",
            "dropped no longer a priority ¦ DROPPED ¦ no longer a priority",
    })
    void aStatusIsOneOrTwoWordsThenAnyComment(String typed, PlanStatus status, String comment) {
        assertThat(PlanCommands.status(typed.strip())).isEqualTo(new PlanCommands.StatusTyped(status,
                Optional.of(comment).filter(c -> !c.isEmpty())));
    }

    @Test
    void theQuickFormIsObjectiveLeadTimescaleAndAnythingElseIsRefused() {
        assertThat(PlanCommands.draft("Hate crime centres &amp; more | <@U0SUE|sue> | April 2008 – March 2010"))
                .isEqualTo(PlanDraft.quick("Hate crime centres & more", List.of(new Who.SlackUser("U0SUE")),
                        "April 2008 – March 2010"));
        assertThatThrownBy(() -> PlanCommands.draft("a | b | c | d")).hasMessageStartingWith("Too many | columns");
        assertThatThrownBy(() -> PlanCommands.status("sideways")).isInstanceOf(CommandError.class);
        assertThatThrownBy(() -> PlanCommands.filter("soon")).hasMessage("I don't know the list 'soon'.");
        assertThat(PlanCommands.filter("at risk")).isEqualTo(PlanFilter.AT_RISK);
    }

    @Test
    void theFormReadsListsOneEntryALineAndPutsErrorsBesideTheirField() {
        ViewState state = new ViewState();
        state.setValues(Map.of(
                "objective", Map.of("objective", value("Mainstream equality")),
                "methodology", Map.of("methodology", value("Audit\n\nEvent\r\nReport")),
                "lead_name", Map.of("lead_name", value("Cllr Kevin Foster & Dr Jones")),
                "measurables", Map.of("measurables", value("Audit done"))));

        PlanDraft draft = PlanModal.draft(state);

        assertThat(draft.methodology()).containsExactly("Audit", "", "Event", "Report"); // blanks go when checked
        assertThat(draft.lead()).containsExactly(new Who.Named("Cllr Kevin Foster"), new Who.Named("Dr Jones"));
        assertThat(draft.timescale()).isEmpty();
        assertThat(PlanModal.errors(new CommandError("This group's plan has no P9.", ""))).containsOnlyKeys("objective");
        assertThat(PlanModal.Target.of(new PlanModal.Target("C1", Optional.of(12)).value()))
                .isEqualTo(new PlanModal.Target("C1", Optional.of(12)));
        assertThat(PlanModal.view("C1~sig", Optional.of(item(2, "An <objective>"))).getCallbackId())
                .isEqualTo(PlanModal.EDIT);
    }

    @Test
    void aLongListAndALongHistoryStayWithinSlacksLimits() {
        List<PlanItem> many = IntStream.rangeClosed(1, 70).mapToObj(n -> item(n, "Objective <" + n + "> " + "x".repeat(400)))
                .toList();
        SlackMessage list = PlanBlocks.list(new PlanService.Listed(GROUP, PlanFilter.ALL, many), NAMES);
        assertWithinLimits(list);
        assertThat(text(list.blocks().get(1))).startsWith("*P1* Objective &lt;1&gt; xxx").contains("_At risk_ · "
                + "*Timescale:* April 2008 – March 2010 · *Lead:* Sue Bent · 1 of 2 measurables done");
        assertThat(list.blocks().get(list.blocks().size() - 1).toString()).contains("…and 30 more");

        List<PlanReview> reviews = IntStream.rangeClosed(1, 300).mapToObj(n -> new PlanReview(n, 1,
                PlanReview.Kind.COMMENT, "Review " + n + " <b> " + "y".repeat(80), "U0SUE", Optional.empty(),
                Instant.parse("2008-09-03T10:00:00Z"))).toList();
        SlackMessage shown = PlanBlocks.shown(new PlanService.Shown(GROUP, item(1, "Mainstream & <b>"), reviews,
                List.of(new LinkedAction(1, 3, "Book venue", "done", Optional.empty(), Optional.of(Instant.EPOCH)))), NAMES);
        assertWithinLimits(shown);
        String outcomes = shown.blocks().stream().map(PlanSlackTest::text).filter(t -> t.startsWith("*Outcomes*"))
                .findFirst().orElseThrow();
        assertThat(outcomes).containsPattern("…\\d+ earlier not shown").endsWith("Review 300 &lt;b&gt; " + "y".repeat(80))
                .doesNotContain("Status: At risk");
        assertThat(shown.blocks()).extracting(PlanSlackTest::text).contains("Mainstream &amp; &lt;b&gt;",
                "*Methodology*\n• Audit &lt;all&gt; partners", "*Measurables / Outputs*\n✓ 1. Audit done\n• 2. Event held",
                "*Actions* (1 done, 0 open)\n✓ *A3* Book venue — done");
    }

    private static ViewState.Value value(String text) {
        ViewState.Value value = new ViewState.Value();
        value.setValue(text);
        return value;
    }

    private static void assertWithinLimits(SlackMessage message) {
        assertThat(message.blocks().size()).isLessThanOrEqualTo(BlockLimits.MAX_BLOCKS);
        assertThat(message.blocks()).allSatisfy(b -> assertThat(text(b).length())
                .isLessThanOrEqualTo(BlockLimits.MAX_SECTION_TEXT));
        assertThat(message.blocks().get(0)).isInstanceOf(HeaderBlock.class);
    }

    private static String text(LayoutBlock block) {
        return block instanceof SectionBlock s && s.getText() != null ? s.getText().getText() : "";
    }

    @Test
    void aProblemWithAColumnIsShownBesideItsField() {
        // The draft is checked before the service touches its database, so none is needed here.
        assertThatThrownBy(() -> new PlanService(null).add(null, PlanDraft.quick(" ", List.of(), "")))
                .isInstanceOfSatisfying(InvalidPlan.class, e -> assertThat(PlanModal.errors(e)).containsOnlyKeys("objective"));
        assertThatThrownBy(() -> new PlanService(null).add(null, new PlanDraft("X", List.of(), "", List.of(),
                List.of("m".repeat(3001))))).isInstanceOfSatisfying(InvalidPlan.class,
                e -> assertThat(PlanModal.errors(e)).containsOnlyKeys("measurables"));
        assertThatThrownBy(() -> new PlanService(null).add(null, PlanDraft.quick("X", List.of(new Who.Named("A"),
                new Who.Named("B")), ""))).isInstanceOfSatisfying(InvalidPlan.class,
                e -> assertThat(PlanModal.errors(e)).containsOnlyKeys("lead_name"));
    }
}
