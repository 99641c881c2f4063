package org.themebot.goodpractice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.NotAllowed;
import org.themebot.commands.TextLimits;
import org.themebot.goodpractice.InvalidSubmission.Field;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;

/** Good-practice submissions: every /goodpractice subcommand, the modal's submission, and what the digest shows. */
public final class GoodPracticeService {


    static final int MAX_TITLE = 300;
    static final int MAX_LINK = 2000;
    static final int MAX_NAME = 200;

    private final Jdbi jdbi;

    public GoodPracticeService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A submission as it now is, with its group. */
    public record Changed(ThemeGroup group, Submission submission) {
    }

    /** The answer to /goodpractice list: which submissions, chosen how, and the group's strands to count them by. */
    public record Listed(ThemeGroup group, String description, List<Submission> submissions, Strands strands) {

        /** How many of these submissions concern each strand, zeros included so gaps show. */
        public Map<String, Long> strandCounts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String strand : strands.withOthersIn(submissions)) {
                counts.put(strand, submissions.stream().filter(s -> s.concerns(strand)).count());
            }
            return counts;
        }
    }

    /** What the submission modal offers: the group's strands and principles. */
    public record Form(ThemeGroup group, GoodPracticeSettings settings) {
    }

    /** A checked export: the group's submissions (withdrawn ones aside), as of today in the group's zone. */
    public record Export(ThemeGroup group, List<Submission> submissions, Strands strands, LocalDate today) {

        public String fileName() {
            return "good-practice-" + today + ".csv";
        }
    }

    /** For the weekly digest: submissions since the last one, and those tabled for the next meeting. */
    public record ForDigest(List<Submission> submittedSince, List<Submission> tabled) {
    }

    /** Checks and records a submission, from the command or the modal; nothing is stored if any part is wrong. */
    public Changed submit(Invocation inv, Draft draft) {
        String title = limited(draft.title(), MAX_TITLE, "A title", Field.TITLE);
        if (title.isEmpty()) {
            throw new InvalidSubmission(Field.TITLE, "Give the good practice a title.");
        }
        String description = limited(draft.description(), TextLimits.NOTE, "A description", Field.DESCRIPTION);
        String link = limited(draft.link(), MAX_LINK, "A link", Field.LINK);
        if (!link.isEmpty() && !Draft.URL.matcher(link).matches()) {
            throw new InvalidSubmission(Field.LINK, "A link is one web address starting https:// or http://.");
        }
        String onBehalfOf = limited(draft.onBehalfOf(), MAX_NAME, "A name", Field.ON_BEHALF_OF);
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            GoodPracticeSettings settings = handle.attach(GroupSettingsStore.class).settings(group.id());
            List<String> strands = settings.strands().match(draft.strands());
            Optional<String> principle = principle(settings, draft.principle());
            Submission submission = handle.attach(SubmissionStore.class).insert(group.id(), title, description, link,
                    strands, principle, inv.userId(), Optional.of(onBehalfOf).filter(s -> !s.isEmpty()), inv.at());
            return new Changed(group, submission);
        });
    }

    /** What the modal needs, checked as a command would be: the channel has a group. */
    public Form form(Invocation inv) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            return new Form(group, handle.attach(GroupSettingsStore.class).settings(group.id()));
        });
    }

    /** Which submissions /goodpractice list shows. */
    public enum Listing {
        NEW_AND_TABLED("New and tabled good practice", EnumSet.of(SubmissionStatus.SUBMITTED, SubmissionStatus.TABLED)),
        NEW("New good practice", EnumSet.of(SubmissionStatus.SUBMITTED)),
        TABLED("Good practice tabled for the next meeting", EnumSet.of(SubmissionStatus.TABLED)),
        ALL("All good practice", EnumSet.of(SubmissionStatus.SUBMITTED, SubmissionStatus.TABLED,
                SubmissionStatus.DISCUSSED));

        private final String description;
        private final Set<SubmissionStatus> statuses;

        Listing(String description, Set<SubmissionStatus> statuses) {
            this.description = description;
            this.statuses = statuses;
        }
    }

    public Listed list(Invocation inv, Listing listing) {
        Set<SubmissionStatus> statuses = listing.statuses;
        String description = listing.description;
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            return new Listed(group, description, handle.attach(SubmissionStore.class).byStatus(group.id(), statuses),
                    handle.attach(GroupSettingsStore.class).strands(group.id()));
        });
    }

    public Changed show(Invocation inv, int number) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            return new Changed(group, find(handle.attach(SubmissionStore.class), group, number));
        });
    }

    /** Puts a new submission on the next meeting's agenda: it is listed when that meeting starts. */
    public Changed table(Invocation inv, int number) {
        return change(inv, number, (group, submission) -> {
            GroupService.requireOfficer(group, inv, "table good practice");
            if (submission.status() != SubmissionStatus.SUBMITTED) {
                throw new CommandError(submission.ref() + " is " + submission.status().storeName()
                        + " already, so it cannot be tabled.", "");
            }
            return SubmissionStatus.TABLED;
        });
    }

    /** Takes back a submission not yet discussed: its submitter (or an officer) may. */
    public Changed withdraw(Invocation inv, int number) {
        return change(inv, number, (group, submission) -> {
            if (!submission.submittedBy().equals(inv.userId()) && !group.isChairOrSecretary(inv.userId())) {
                throw NotAllowed.submitterOrOfficers(submission.ref(), "withdraw it", group.officers());
            }
            if (submission.status() == SubmissionStatus.DISCUSSED || submission.status() == SubmissionStatus.WITHDRAWN) {
                throw new CommandError(submission.ref() + " is " + submission.status().storeName()
                        + " already, so it cannot be withdrawn.", "");
            }
            return SubmissionStatus.WITHDRAWN;
        });
    }

    public Export export(Invocation inv) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            GroupService.requireOfficer(group, inv, "export good practice");
            List<Submission> submissions = handle.attach(SubmissionStore.class).byStatus(group.id(),
                    EnumSet.complementOf(EnumSet.of(SubmissionStatus.WITHDRAWN)));
            return new Export(group, submissions, handle.attach(GroupSettingsStore.class).strands(group.id()),
                    LocalDate.ofInstant(inv.at(), group.zone()));
        });
    }

    /**
     * What a group's digest shows of good practice: submitted after {@code since} (withdrawn
     * aside), and tabled now. Read through the digest's own handle, so it joins its transaction.
     */
    public static ForDigest forDigest(Handle handle, long groupId, Instant since) {
        SubmissionStore store = handle.attach(SubmissionStore.class);
        return new ForDigest(store.submittedSince(groupId, since),
                store.byStatus(groupId, EnumSet.of(SubmissionStatus.TABLED)));
    }

    // ---- helpers

    private static String limited(String text, int max, String what, Field field) {
        String stripped = text.strip();
        int length = TextLimits.length(stripped);
        if (length > max) {
            throw new InvalidSubmission(field, what + " is at most " + max + " characters; this one has "
                    + length + ".");
        }
        return stripped;
    }

    private static Optional<String> principle(GoodPracticeSettings settings, String typed) {
        if (typed.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(settings.principles().stream().filter(p -> Strands.key(p).equals(Strands.key(typed)))
                .findFirst().orElseThrow(() -> new InvalidSubmission(Field.PRINCIPLE, "'" + typed.strip()
                        + "' is not one of this group's guiding principles.")));
    }

    private static Submission find(SubmissionStore store, ThemeGroup group, int number) {
        return store.find(group.id(), number).orElseThrow(() -> new CommandError("There is no good practice "
                + Submission.ref(number) + " in this group. `/goodpractice list all` shows them.", ""));
    }

    @FunctionalInterface
    private interface StatusChange {
        /** Checks the change is allowed and returns the new status. */
        SubmissionStatus apply(ThemeGroup group, Submission submission);
    }

    private Changed change(Invocation inv, int number, StatusChange change) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            SubmissionStore store = handle.attach(SubmissionStore.class);
            Submission submission = find(store, group, number);
            store.setStatus(submission.id(), change.apply(group, submission).storeName(), inv.at());
            return new Changed(group, store.findById(submission.id()).orElseThrow());
        });
    }
}
