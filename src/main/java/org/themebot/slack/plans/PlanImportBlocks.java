package org.themebot.slack.plans;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Names;
import org.themebot.people.Who;
import org.themebot.plans.ImportedPlan;
import org.themebot.plans.PlanImport;
import org.themebot.plans.PlanItem;
import org.themebot.plans.PlanText;
import org.themebot.plans.PlanTimescale;
import org.themebot.plans.UnreadablePlan;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.ListSection;
import org.themebot.slack.MessageKind;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.SlackMessage;
import org.themebot.slack.imports.ImportViews;

/**
 * Block Kit for {@code /plan import}: the form where the file is picked, the preview of the plan
 * read — each objective with the ref it will have (or has), its timescale's dates, its lead matched
 * to a member or contact, what else it brings, and what could not be read — and the channel's news
 * once it is imported. A modal holds at most 100 blocks: a long plan is shown as far as it fits,
 * saying how much is left out (it is imported whole). Pure.
 */
public final class PlanImportBlocks {

    static final String TITLE = "Import action plan";
    static final String PICK_CALLBACK_ID = "import_plan_pick";
    static final String CALLBACK_ID = "import_plan_preview";
    /** The input block (and where a problem with confirming is shown): add reviews to objectives already in the plan. */
    static final String EXISTING = "existing";
    private static final String ADD_REVIEWS = "add_reviews";

    /** Posted in the group's channel once a plan is imported. */
    public static final MessageKind<PlanImport.Imported> IMPORTED = MessageKind.of("plan.imported",
            PlanImport.Imported.class, PlanImportBlocks::imported);

    private static final int MAX_BLOCKS = 100;
    private static final int TEXT_PREVIEW = 300;
    private static final int SHOWN_IN_NEWS = 20;

    private PlanImportBlocks() {
    }

    static View picker(ThemeGroup group, String signedChannel) {
        return ImportViews.picker(PICK_CALLBACK_ID, TITLE, ":page_facing_up: Bring objectives into the action plan of *"
                + Mrkdwn.escape(group.name()) + "* from Word. Pick the file and press *Preview*: you will see each "
                + "objective with the ref it will have, its timescale, lead, measurables and review comments. Nothing is "
                + "saved before you press *Import* there; objectives the plan has already are not added twice.\nI read "
                + Mrkdwn.escape(UnreadablePlan.WHAT_IS_READ) + ".", "Action plan (.docx)", Optional.empty(), signedChannel);
    }

    static View preview(PlanImport.Preview preview, String signedMetadata) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(summary(preview), BlockLimits.MAX_SECTION_TEXT)))));
        blocks.add(context(c -> c.elements(List.of(markdownText(leads(preview))))));
        long existing = preview.count(PlanImport.Outcome.ADD_REVIEWS);
        OptionObject add = option(plainText("Add the review comments they lack"), ADD_REVIEWS);
        blocks.add(input(i -> i.blockId(EXISTING).label(plainText("Objectives the plan has already")).optional(true)
                .hint(plainText(existing == 0 ? "None of them lacks a review comment from the file."
                        : existing + " of them will gain review comments from the file; their other columns stay as they are."))
                .element(checkboxes(e -> e.actionId(EXISTING).options(List.of(add)).initialOptions(List.of(add))))));
        Optional<String> unread = ImportViews.unread(preview.unread());
        int room = MAX_BLOCKS - blocks.size() - (unread.isPresent() ? 1 : 0) - 1;
        List<PlanImport.Planned> items = preview.items();
        Optional<String> heading = Optional.empty();
        for (PlanImport.Planned planned : items.subList(0, Math.min(room, items.size()))) {
            Optional<String> under = planned.item().heading();
            String line = (under.isPresent() && !under.equals(heading) ? "_" + Mrkdwn.escape(under.get()) + "_\n" : "")
                    + item(planned, preview);
            heading = under;
            blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(line, BlockLimits.MAX_SECTION_TEXT)))));
        }
        if (items.size() > room) {
            blocks.add(context(c -> c.elements(List.of(markdownText(":scissors: " + (items.size() - room)
                    + " more objectives are not shown here for want of room, but are imported all the same.")))));
        }
        unread.ifPresent(u -> blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(u, BlockLimits.MAX_SECTION_TEXT))))));
        return ImportViews.preview(CALLBACK_ID, TITLE, signedMetadata, blocks);
    }

    /** Whether the submitted preview keeps "add the review comments they lack" ticked. */
    static boolean addReviews(ViewState state) {
        return Optional.ofNullable(state).map(ViewState::getValues).map(values -> values.get(EXISTING))
                .map(actions -> actions.get(EXISTING)).map(ViewState.Value::getSelectedOptions)
                .map(options -> options.stream().anyMatch(o -> ADD_REVIEWS.equals(o.getValue()))).orElse(false);
    }

    private static String summary(PlanImport.Preview preview) {
        long added = preview.count(PlanImport.Outcome.ADD);
        String refs = preview.items().stream().filter(p -> p.outcome() == PlanImport.Outcome.ADD).map(PlanImport.Planned::ref)
                .reduce((first, last) -> first.split("–")[0] + "–" + last).map(r -> " (" + r + ")").orElse("");
        long already = preview.items().size() - added;
        boolean headings = preview.items().stream().anyMatch(p -> p.item().heading().isPresent());
        return "*" + Mrkdwn.escape(preview.fileName()) + "*" + (preview.title().isBlank() ? "" : " — "
                + Mrkdwn.escape(preview.title())) + "\nCheck what I read. Nothing is saved until you press *Import*.\n"
                + count(added, "new objective") + refs + " for *" + Mrkdwn.escape(preview.group().name()) + "*"
                + (already == 0 ? "" : "; " + count(already, "objective") + " the plan has already, not added again")
                + "." + (headings ? "\nThe plan's headings are shown in _italics_; themebot keeps the objectives, not "
                + "the headings." : "");
    }

    private static String leads(PlanImport.Preview preview) {
        List<PlanImport.Planned> led = preview.items().stream().filter(p -> !p.item().lead().isEmpty()).toList();
        long members = led.stream().filter(p -> p.item().lead().get(0) instanceof Who.SlackUser).count();
        long contacts = led.stream().filter(PlanImport.Planned::leadIsContact).count();
        long names = led.size() - members - contacts;
        return "Leads: " + members + " matched to members of this workspace by name (shown as @mentions), " + contacts
                + " of the group's contacts, " + names + " kept as written.";
    }

    private static String item(PlanImport.Planned planned, PlanImport.Preview preview) {
        ImportedPlan.Item item = planned.item();
        String objective = Mrkdwn.escape(BlockLimits.fit(item.objective().replace('\n', ' '), TEXT_PREVIEW));
        return switch (planned.outcome()) {
            case ADD -> "*" + planned.ref() + "* (new) " + objective + "\n" + timescale(planned.timescale()) + " · *Lead:* "
                    + lead(planned) + "\n" + details(item, planned.newReviews());
            case ADD_REVIEWS -> ":arrows_counterclockwise: *" + planned.ref() + "* " + objective + "\nIn the plan already: "
                    + "left as it is, but gains " + reviews(planned.newReviews());
            case SKIP -> ":heavy_minus_sign: *" + planned.ref() + "* " + objective + "\n_In the plan already, with these "
                    + "review comments: skipped._";
        };
    }

    /** "_April 2008 – March 2010_ → 1 April 2008 to 31 March 2010". */
    private static String timescale(PlanTimescale timescale) {
        if (timescale.text().isBlank()) {
            return "*Timescale:* none given";
        }
        String dates = timescale.end().map(end -> timescale.start().filter(start -> !start.equals(end))
                .map(start -> PlanText.day(start) + " to ").orElse("") + PlanText.day(end))
                .orElse("no date I can read");
        return "*Timescale:* _" + Mrkdwn.escape(timescale.text()) + "_ → " + dates;
    }

    private static String lead(PlanImport.Planned planned) {
        if (planned.item().lead().isEmpty()) {
            return "none named";
        }
        return Mrkdwn.person(planned.item().lead().get(0), Names.NONE_KNOWN)
                + (planned.leadIsContact() ? " (a contact)" : "");
    }

    private static String details(ImportedPlan.Item item, List<ImportedPlan.Review> reviews) {
        long done = item.measurables().stream().filter(ImportedPlan.Measure::done).count();
        List<String> parts = new ArrayList<>();
        if (!item.methodology().isEmpty()) {
            parts.add(count(item.methodology().size(), "methodology step"));
        }
        if (!item.measurables().isEmpty()) {
            parts.add(count(item.measurables().size(), "measurable") + (done > 0 ? " (" + done + " done)" : ""));
        }
        item.status().ifPresent(status -> parts.add("*" + status.label() + "*"));
        parts.add(reviews(reviews));
        return String.join(" · ", parts);
    }

    /** "2 review comments (12 November 2008, 3 December 2008)"; undated ones are recorded today. */
    private static String reviews(List<ImportedPlan.Review> reviews) {
        String days = reviews.stream().map(r -> r.day().map(PlanText::day).orElse("undated: today"))
                .distinct().collect(Collectors.joining(", "));
        return count(reviews.size(), "review comment") + (reviews.isEmpty() ? "" : " (" + days + ")");
    }

    static SlackMessage imported(PlanImport.Imported imported, Names names) {
        List<PlanItem> added = imported.added();
        String title = count(added.size(), "objective") + " imported into the action plan";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(BlockLimits.fit(title, BlockLimits.MAX_HEADER_TEXT)))));
        String refs = added.isEmpty() ? "" : " (" + added.get(0).ref()
                + (added.size() > 1 ? "–" + added.get(added.size() - 1).ref() : "") + ")";
        String text = Mrkdwn.user(imported.importedBy(), names) + " imported *" + Mrkdwn.escape(imported.fileName())
                + "*: " + count(added.size(), "new objective") + refs + ", " + count(imported.reviews(), "review comment")
                + (imported.reviewed().isEmpty() ? "" : "; " + count(imported.reviewed().size(), "objective")
                + " already in the plan gained review comments")
                + (imported.skipped() == 0 ? "" : "; " + imported.skipped() + " already in the plan left as they were")
                + ".";
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(text, BlockLimits.MAX_SECTION_TEXT)))));
        ListSection.add(blocks, "*New objectives*", added, SHOWN_IN_NEWS, item -> "*" + item.ref() + "* "
                + Mrkdwn.escape(BlockLimits.fit(item.objective(), ListSection.LINE_TEXT)) + " · "
                + PlanBlocks.timescaleAndLead(item, names), "/plan list all");
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.code("/plan show <ref>")
                + " shows an objective in full; " + Mrkdwn.code("/plan export docx") + " gives the whole plan.")))));
        return SlackMessage.withPlainText(title, blocks);
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
