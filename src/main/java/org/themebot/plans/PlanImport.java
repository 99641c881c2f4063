package org.themebot.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.TextLimits;
import org.themebot.contacts.ContactService;
import org.themebot.export.ImportedNotes.Unread;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.imports.HeldImports;
import org.themebot.imports.HeldJson;
import org.themebot.meetings.WorkspaceMembers;
import org.themebot.people.Who;

/**
 * Bringing in an action plan a group keeps in Word ({@code /plan import}), as {@code /meeting import}
 * brings in action notes: the plan as read ({@link ActionPlanDocxReader}), leads matched to members,
 * is checked and held while the chair or secretary looks it over; confirming records it once, in one
 * transaction. An objective the plan already has (the same text, ignoring case and spacing) is not
 * added again: its columns are left as they are, and — unless the importer says not to — the review
 * comments it does not have yet (by their text) are added to its history. New objectives get the next refs, with their measurables ticked,
 * their status and their review comments on the days the file gives (undated outcomes on the day of
 * the import).
 */
public final class PlanImport {

    private static final HeldJson JSON = new HeldJson(Map.of());
    private static final Pattern STATUS_REVIEW = Pattern.compile("(?i)(on track|at risk|achieved|dropped)(?::\\s*(.*))?");
    private static final String AGAIN = "Use /plan import again.";

    private final Jdbi jdbi;

    public PlanImport(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** What confirming does with an objective read. */
    public enum Outcome {
        /** A new objective, with the next ref. */
        ADD,
        /** The plan has it already: only review comments it lacks are added. */
        ADD_REVIEWS,
        /** The plan has it already, with every review comment; or the file has it twice. */
        SKIP
    }

    /**
     * One objective read, and what confirming will do: {@code ref} is the ref it will have (ADD) or
     * has; {@code newReviews} are the review comments that will be added; {@code leadIsContact} says
     * a lead typed by name is one of the group's contacts.
     */
    public record Planned(ImportedPlan.Item item, Outcome outcome, String ref, PlanTimescale timescale,
                          List<ImportedPlan.Review> newReviews, boolean leadIsContact) {
    }

    /** The plan held for checking under {@code id}. */
    public record Preview(String id, ThemeGroup group, String fileName, String title, List<Planned> items,
                          List<Unread> unread, LocalDate today) {

        public long count(Outcome outcome) {
            return items.stream().filter(p -> p.outcome() == outcome).count();
        }
    }

    /** What was recorded: the objectives added, those that gained review comments, and who brought them in. */
    public record Imported(ThemeGroup group, String fileName, List<PlanItem> added, List<PlanItem> reviewed,
                           int skipped, int reviews, String importedBy) {
    }

    /** The channel's group, when the requester may import a plan into it. */
    public ThemeGroup check(Invocation inv) {
        return jdbi.inTransaction(handle -> officersGroup(handle, inv));
    }

    /**
     * Checks the plan as read and holds it for the requester to confirm, leads matched to members;
     * an objective with a column themebot cannot keep is left out, saying why. Refused (nothing held)
     * when nothing is left to import.
     */
    public Preview preview(Invocation inv, String fileName, ImportedPlan read, WorkspaceMembers members) {
        List<Unread> unread = new ArrayList<>(read.unread());
        List<ImportedPlan.Item> kept = new ArrayList<>();
        for (ImportedPlan.Item item : read.items()) {
            try {
                item.draft().checked();
                item.reviews().forEach(r -> TextLimits.requireAtMost(r.text(), TextLimits.NOTE, "A review comment"));
                kept.add(item.withLead(members.match(item.lead())));
            } catch (CommandError e) {
                unread.add(new Unread("table row " + item.row(), item.objective(), e.getMessage()));
            }
        }
        ImportedPlan plan = new ImportedPlan(read.title(), kept, unread);
        if (kept.isEmpty()) {
            throw new UnreadablePlan("The action plan table in " + fileName + " has no objectives I could read, so "
                    + "there is nothing to import.");
        }
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = officersGroup(handle, inv);
            List<Planned> planned = plan(handle, group, inv, plan);
            if (planned.stream().allMatch(p -> p.outcome() == Outcome.SKIP)) {
                throw new CommandError("Every objective in " + fileName + " is in this group's plan already, with its "
                        + "review comments, so there is nothing to import. `/plan list all` shows them.", "");
            }
            String id = HeldImports.hold(handle, inv, HeldImports.Kind.PLAN, fileName, JSON.write(plan));
            return new Preview(id, group, fileName, plan.title(), planned, plan.unread(), PlanService.today(group, inv));
        });
    }

    /**
     * Records the plan held under {@code heldId} for this requester and channel, all of it or
     * nothing, and lets it go; {@code addReviews}: objectives the plan has already gain the review
     * comments they lack (otherwise they are left alone).
     */
    public Imported confirm(Invocation inv, String heldId, boolean addReviews) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = officersGroup(handle, inv);
            HeldImports.Held held = HeldImports.take(handle, inv, HeldImports.Kind.PLAN, heldId, "objectives", AGAIN);
            ImportedPlan plan = JSON.read(held.json(), ImportedPlan.class);
            PlanStore store = handle.attach(PlanStore.class);
            List<PlanItem> added = new ArrayList<>();
            List<PlanItem> reviewed = new ArrayList<>();
            int reviews = 0;
            for (Planned planned : plan(handle, group, inv, plan)) {
                if (planned.outcome() == Outcome.ADD) {
                    added.add(add(store, group, inv, planned));
                } else if (planned.outcome() == Outcome.ADD_REVIEWS && addReviews) {
                    PlanItem item = store.item(group.id(), number(planned.ref())).orElseThrow();
                    review(store, group, inv, item.id(), planned.newReviews());
                    store.touch(item.id(), inv.at());
                    reviewed.add(item);
                } else {
                    continue;
                }
                reviews += planned.newReviews().size();
            }
            int skipped = plan.items().size() - added.size() - reviewed.size();
            return new Imported(group, held.fileName(), added, reviewed, skipped, reviews, inv.userId());
        });
    }

    /** What confirming would do with each objective, against the plan as it is now. */
    private static List<Planned> plan(Handle handle, ThemeGroup group, Invocation inv, ImportedPlan plan) {
        PlanStore store = handle.attach(PlanStore.class);
        Map<String, PlanItem> existing = new HashMap<>();
        store.items(group.id()).forEach(item -> existing.putIfAbsent(key(item.objective()), item));
        Map<Long, Set<String>> history = new HashMap<>();
        store.reviews(group.id()).forEach(r -> history.computeIfAbsent(r.planItemId(), k -> new HashSet<>())
                .add(key(r.text())));
        int next = existing.values().stream().mapToInt(PlanItem::number).max().orElse(0) + 1;
        Map<String, String> inFile = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (ImportedPlan.Item item : plan.items()) {
            String key = key(item.objective());
            PlanTimescale timescale = resolve(handle, group, inv, item.timescale());
            boolean contact = item.lead().stream().anyMatch(who -> who instanceof Who.Named named
                    && ContactService.find(handle, group.id(), named).isPresent());
            PlanItem found = existing.get(key);
            if (inFile.containsKey(key)) {
                planned.add(new Planned(item, Outcome.SKIP, inFile.get(key), timescale, List.of(), contact));
            } else if (found == null) {
                String ref = PlanItem.ref(next++);
                inFile.put(key, ref);
                planned.add(new Planned(item, Outcome.ADD, ref, timescale, item.reviews(), contact));
            } else {
                inFile.put(key, found.ref());
                Set<String> had = history.getOrDefault(found.id(), Set.of());
                List<ImportedPlan.Review> lacking = item.reviews().stream().filter(r -> !had.contains(key(r.text())))
                        .toList();
                planned.add(new Planned(item, lacking.isEmpty() ? Outcome.SKIP : Outcome.ADD_REVIEWS, found.ref(),
                        timescale, lacking, contact));
            }
        }
        return planned;
    }

    private static PlanItem add(PlanStore store, ThemeGroup group, Invocation inv, Planned planned) {
        ImportedPlan.Item item = planned.item();
        long id = store.insert(group.id(), item.draft().checked(), planned.timescale(), inv.userId(), inv.at());
        for (int i = 0; i < item.measurables().size(); i++) {
            if (item.measurables().get(i).done()) {
                store.markMeasure(id, i + 1, inv.at());
            }
        }
        item.status().filter(status -> status != PlanStatus.ON_TRACK).ifPresent(status ->
                store.setStatus(id, status.word(), statusComment(item, status).orElse(null), inv.at()));
        review(store, group, inv, id, planned.newReviews());
        return store.itemById(id).orElseThrow();
    }

    /** Each on the day the file gives it (a status change as one, as /plan status records it); undated ones today. */
    private static void review(PlanStore store, ThemeGroup group, Invocation inv, long itemId,
                               List<ImportedPlan.Review> reviews) {
        for (ImportedPlan.Review review : reviews) {
            Instant at = review.day().map(day -> day.atStartOfDay(group.zone()).toInstant()).orElse(inv.at());
            PlanReview.Kind kind = STATUS_REVIEW.matcher(review.text()).matches() ? PlanReview.Kind.STATUS
                    : PlanReview.Kind.COMMENT;
            store.insertReview(itemId, kind.storeName(), review.text(), inv.userId(), null, at);
        }
    }

    /** The comment of the latest review that set the status the file gives, if it had one. */
    private static Optional<String> statusComment(ImportedPlan.Item item, PlanStatus status) {
        Optional<String> comment = Optional.empty();
        for (ImportedPlan.Review review : item.reviews()) {
            Matcher m = STATUS_REVIEW.matcher(review.text());
            if (m.matches() && PlanStatus.parse(m.group(1)).orElseThrow() == status) {
                comment = Optional.ofNullable(m.group(2)).map(String::strip).filter(c -> !c.isEmpty());
            }
        }
        return comment;
    }

    /** A timescale as typed: one that looks like a date but is none is kept as typed, with no dates. */
    private static PlanTimescale resolve(Handle handle, ThemeGroup group, Invocation inv, String typed) {
        try {
            return PlanService.timescale(handle, group, inv, typed);
        } catch (InvalidPlan e) {
            return new PlanTimescale(typed.strip(), Optional.empty(), Optional.empty());
        }
    }

    /** Objectives and comments are the same when they differ only in case and spacing. */
    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static int number(String ref) {
        return Integer.parseInt(ref.substring(1));
    }

    private static ThemeGroup officersGroup(Handle handle, Invocation inv) {
        ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
        GroupService.requireOfficer(group, inv, "import an action plan");
        return group;
    }
}
