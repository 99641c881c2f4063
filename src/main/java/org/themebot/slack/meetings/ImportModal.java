package org.themebot.slack.meetings;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.themebot.timescale.Timescale;
import org.themebot.export.ImportedNotes;
import org.themebot.export.UnreadableNotes;
import org.themebot.groups.ThemeGroup;
import org.themebot.meetings.MeetingImport;
import org.themebot.people.Names;
import org.themebot.people.Who;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.Interactions;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.imports.ImportViews;

/**
 * The form /meeting import opens, where the Word file is picked, and the preview of action notes read from it, for the chair or secretary to check before
 * anything is saved: the date (which she may correct), who was there and who sent apologies, each
 * item with its notes and actions — owners matched to members shown as mentions, each timescale
 * with the due date it gives — and what could not be read. A modal holds at most 100 blocks of
 * 3,000 characters: a long meeting is shown as far as it fits, saying what is left out (it is
 * imported whole). Only the held import's id rides in private_metadata, signed.
 */
final class ImportModal {

    static final String CALLBACK_ID = "import_action_notes_preview";
    static final String DATE = "date";
    static final String PICK_CALLBACK_ID = "import_action_notes_pick";

    /** Slack's limit on a modal's blocks. */
    private static final int MAX_BLOCKS = 100;
    /**
     * A note or action longer than this is shortened in the preview (it is imported whole), so that
     * each action's owners and due date stay in sight.
     */
    private static final int TEXT_PREVIEW = 300;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final String TITLE = "Import action notes";
    private ImportModal() {
    }

    /**
     * /meeting import: how importing goes, and a file input for the notes. The shortcut on a message
     * with the file does the same.
     */
    static View picker(ThemeGroup group, String signedChannel) {
        return ImportViews.picker(PICK_CALLBACK_ID, TITLE, ":page_facing_up: Bring in a meeting of *"
                + Mrkdwn.escape(group.name()) + "* from its action notes. Pick the Word file and press *Preview*: "
                + "you will see the date, who was there, the items, and each action's owners and due date. "
                + "Nothing is saved before you press *Import* there; the meeting is then recorded as closed, "
                + "and its open actions come up in matters arising and get reminders.\nI read "
                + Mrkdwn.escape(UnreadableNotes.WHAT_IS_READ) + ".", "Action notes (.docx)",
                Optional.of("Already shared in the channel? Use *Import action notes* in that message's *More actions* "
                        + "(⋮) menu."), signedChannel);
    }

    static View preview(MeetingImport.Preview preview, String signedMetadata) {
        ImportedNotes notes = preview.notes();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit("*" + Mrkdwn.escape(preview.fileName()) + "* — "
                + Mrkdwn.escape(notes.title()) + "\nCheck what I read. Nothing is saved until you press *Import*; the "
                + "meeting is then recorded as closed, with its actions open.", BlockLimits.MAX_SECTION_TEXT)))));
        blocks.add(input(i -> i.blockId(DATE).label(plainText("Meeting date"))
                .hint(plainText(notes.meetingDate().isPresent() ? "As the notes give it; change it if that is wrong."
                        : "The notes do not say when the meeting was held: pick the date."))
                .element(datePicker(e -> e.actionId(DATE)
                        .initialDate(notes.meetingDate().map(LocalDate::toString).orElse(null))))));
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(attendance(notes), BlockLimits.MAX_SECTION_TEXT)))));
        blocks.add(context(c -> c.elements(List.of(markdownText(matching(notes))))));
        warnings(preview).ifPresent(w -> blocks.add(section(s -> s.text(markdownText(
                BlockLimits.fit(w, BlockLimits.MAX_SECTION_TEXT))))));
        Optional<String> unread = ImportViews.unread(notes.unread());
        int room = MAX_BLOCKS - blocks.size() - (unread.isPresent() ? 1 : 0) - 1; // one for what is left out
        Sections sections = new Sections(room);
        entries(sections, preview, notes.opening());
        for (ImportedNotes.Item item : notes.items()) {
            sections.add(Line.ITEM, "*" + item.number() + ". " + Mrkdwn.escape(item.title()) + "*");
            entries(sections, preview, item.entries());
        }
        blocks.addAll(sections.blocks());
        sections.leftOut().ifPresent(left -> blocks.add(context(c -> c.elements(List.of(markdownText(left))))));
        unread.ifPresent(u -> blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(u, BlockLimits.MAX_SECTION_TEXT))))));
        return ImportViews.preview(CALLBACK_ID, TITLE, signedMetadata, blocks);
    }

    /** The date picked in the submitted preview, if any. */
    static Optional<LocalDate> date(ViewState state) {
        Optional<String> picked = Optional.ofNullable(state).map(ViewState::getValues).map(values -> values.get(DATE))
                .map(actions -> actions.get(DATE)).map(ViewState.Value::getSelectedDate);
        try {
            return picked.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new Interactions.Malformed("a date picker's value that is no date");
        }
    }

    private static String attendance(ImportedNotes notes) {
        return "*Present (" + notes.present().size() + "):* "
                + Mrkdwn.people(notes.present(), Names.NONE_KNOWN, ", ", "none")
                + "\n*Apologies (" + notes.apologies().size() + "):* "
                + Mrkdwn.people(notes.apologies(), Names.NONE_KNOWN, ", ", "none")
                + "\n*Date of next meeting:* " + notes.nextMeeting().map(LONG_DAY::format).orElse("not given");
    }

    private static String matching(ImportedNotes notes) {
        List<Who> everyone = Stream.concat(Stream.concat(notes.present().stream(), notes.apologies().stream()),
                actions(notes).flatMap(a -> a.owners().stream())).distinct().toList();
        long members = everyone.stream().filter(Who.SlackUser.class::isInstance).count();
        long names = everyone.stream().filter(Who.Named.class::isInstance).count();
        return members + (members == 1 ? " person" : " people") + " matched to members of this workspace by name "
                + "(shown as @mentions); " + names + (names == 1 ? " name" : " names") + " kept as written.";
    }

    private static Optional<String> warnings(MeetingImport.Preview preview) {
        ImportedNotes notes = preview.notes();
        List<String> warnings = new ArrayList<>();
        notes.groupName().filter(name -> !name.equalsIgnoreCase(preview.group().name())).ifPresent(name -> warnings.add(
                "These are the notes of the *" + Mrkdwn.escape(name) + "*; they will be filed under this channel's "
                        + "group, *" + Mrkdwn.escape(preview.group().name()) + "*."));
        if (notes.draft()) {
            warnings.add("The notes are marked _(draft)_.");
        }
        long pastDue = actions(notes).filter(a -> preview.timescaleOf(a).due().filter(d -> d.isBefore(preview.today()))
                .isPresent()).count();
        if (pastDue > 0) {
            warnings.add(pastDue + (pastDue == 1 ? " action is" : " actions are") + " past due: they will be open and "
                    + "reminded as overdue until someone marks them done (" + Mrkdwn.code("/action done <ref>") + ").");
        }
        return warnings.isEmpty() ? Optional.empty()
                : Optional.of(":information_source: " + String.join("\n:information_source: ", warnings));
    }

    private static void entries(Sections sections, MeetingImport.Preview preview, List<ImportedNotes.Entry> entries) {
        for (ImportedNotes.Entry entry : entries) {
            if (entry instanceof ImportedNotes.Action action) {
                sections.add(Line.ACTION, "• " + Mrkdwn.escape(excerpt(action.text())) + " — "
                        + Mrkdwn.people(action.owners(), Names.NONE_KNOWN, " / ", "no owner") + " · " + due(preview.timescaleOf(action)));
            } else {
                sections.add(Line.NOTE, ":memo: " + Mrkdwn.escape(excerpt(((ImportedNotes.Note) entry).text())));
            }
        }
    }

    /**
     * A long text as its beginning and its end: in notes typed in Word the agreed action is often the
     * last sentence of a discussion.
     */
    static String excerpt(String text) {
        String line = text.replace("\n", " ");
        int length = line.codePointCount(0, line.length());
        if (length <= TEXT_PREVIEW) {
            return line;
        }
        int half = (TEXT_PREVIEW - 3) / 2;
        return line.substring(0, line.offsetByCodePoints(0, half)).stripTrailing() + " … "
                + line.substring(line.offsetByCodePoints(0, length - half)).stripLeading();
    }

    /** "_Sept 08_ → due Tue 30 Sep 2008". */
    private static String due(Timescale timescale) {
        String typed = timescale.text().isBlank() ? "no timescale" : "_" + Mrkdwn.escape(timescale.text()) + "_";
        String due = switch (timescale.kind()) {
            case DATED -> "due " + DAY.format(timescale.due().orElseThrow());
            case NEXT_MEETING -> timescale.due().map(d -> "due at the next meeting, " + DAY.format(d))
                    .orElse("due at the next meeting (no date yet)");
            case NO_DATE -> "no due date";
            case UNRECOGNISED -> "no due date (not a date I can read)";
        };
        return typed + " → " + due;
    }

    private static Stream<ImportedNotes.Action> actions(ImportedNotes notes) {
        return Stream.concat(notes.opening().stream(), notes.items().stream().flatMap(i -> i.entries().stream()))
                .filter(ImportedNotes.Action.class::isInstance).map(ImportedNotes.Action.class::cast);
    }

    private enum Line { ITEM, NOTE, ACTION }

    /** Lines packed into sections of at most 3,000 characters, in a number of blocks; what does not fit is counted. */
    private static final class Sections {
        private final int maxBlocks;
        private final List<LayoutBlock> blocks = new ArrayList<>();
        private final int[] leftOut = new int[Line.values().length];
        private StringBuilder current = new StringBuilder();

        Sections(int maxBlocks) {
            this.maxBlocks = maxBlocks;
        }

        void add(Line kind, String mrkdwn) {
            String line = BlockLimits.fit(mrkdwn, BlockLimits.MAX_SECTION_TEXT);
            boolean fits = current.length() + 1 + line.length() <= BlockLimits.MAX_SECTION_TEXT;
            boolean newItemRoom = kind != Line.ITEM || current.isEmpty() || current.length() < 2000;
            if (!fits || !newItemRoom) {
                flush();
            }
            if (blocks.size() == maxBlocks) {
                leftOut[kind.ordinal()]++;
                return;
            }
            current.append(current.isEmpty() ? "" : "\n").append(line);
        }

        List<LayoutBlock> blocks() {
            flush();
            return blocks;
        }

        Optional<String> leftOut() {
            int items = leftOut[Line.ITEM.ordinal()];
            int notes = leftOut[Line.NOTE.ordinal()];
            int actions = leftOut[Line.ACTION.ordinal()];
            if (items + notes + actions == 0) {
                return Optional.empty();
            }
            return Optional.of(":scissors: Not shown here for want of room, but imported all the same: " + items
                    + (items == 1 ? " item, " : " items, ") + notes + (notes == 1 ? " note and " : " notes and ")
                    + actions + (actions == 1 ? " action." : " actions."));
        }

        private void flush() {
            if (current.isEmpty() || blocks.size() == maxBlocks) {
                return;
            }
            String text = current.toString();
            blocks.add(section(s -> s.text(markdownText(text))));
            current = new StringBuilder();
        }
    }
}
