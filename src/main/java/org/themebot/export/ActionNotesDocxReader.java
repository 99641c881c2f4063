package org.themebot.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.themebot.commands.WhoParser;
import org.themebot.export.ImportedNotes.Action;
import org.themebot.export.ImportedNotes.Entry;
import org.themebot.export.ImportedNotes.Item;
import org.themebot.export.ImportedNotes.Unread;
import org.themebot.people.Who;

/**
 * Reads a Word file of action notes, in the layout groups circulate and themebot exports: a title,
 * "Held on …", Present, Apologies, then an Action | Timescale | Who table of numbered items with
 * their notes and actions, ending with the date of the next meeting. Pure: bytes in, a preview out
 * ({@link ImportedNotes}); nothing is written anywhere. A file that is not such notes is refused
 * with {@link UnreadableNotes} before anything is read from it.
 */
public final class ActionNotesDocxReader {

    /** The largest file read: whoever fetches one may stop there. */
    public static final int MAX_FILE_BYTES = DocxFile.MAX_FILE_BYTES;

    private static final Pattern TITLE = Pattern.compile("(?i)action\\s+notes?\\b(?:\\s+(?:of|from)\\s+(?:the\\s+)?(.+?))?\\s*(\\(draft\\))?\\s*");
    private static final Pattern LABEL = Pattern.compile("(?i)(present|attendees|in attendance|apologies(?: for absence)?|held\\b)\\s*:?\\s*(.*)");
    private static final Pattern NEXT_MEETING = Pattern.compile("(?i)(?:\\d+\\.\\s*)?date of (?:the )?next meeting\\b\\s*:?\\s*(.*)");

    private ActionNotesDocxReader() {
    }

    /** The notes in the file; {@code fileName} is only for messages. */
    public static ImportedNotes read(byte[] file, String fileName) {
        try (XWPFDocument doc = DocxFile.open(file, fileName)) {
            return read(doc, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // closing a document read from memory
        }
    }

    private static ImportedNotes read(XWPFDocument doc, String fileName) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<NotesTable> tables = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFTable table && NotesTable.of(table).isPresent()) {
                tables.add(NotesTable.of(table).get());
                after.clear(); // text between two parts of the table is where a page broke, not after it
            } else if (element instanceof XWPFParagraph paragraph) {
                List<String> lines = Arrays.stream(paragraph.getText().split("\r\n|\r|\n")).map(String::strip)
                        .filter(line -> !line.isEmpty()).toList();
                (tables.isEmpty() ? before : after).addAll(lines);
            }
        }
        if (tables.isEmpty()) {
            throw new UnreadableNotes("I found no Action | Timescale | Who table in " + fileName
                    + ", so I read nothing from it. Action notes have a table whose first row reads Action, Timescale, Who.");
        }
        Heading heading = Heading.of(before);
        TableReading reading = new TableReading();
        tables.forEach(table -> table.rows().forEach(reading::row));
        reading.after(after);
        return new ImportedNotes(heading.title, heading.groupName, heading.draft, heading.meetingDate, heading.present,
                heading.apologies, reading.opening, reading.items(), reading.nextMeeting,
                concat(heading.unread, reading.unread));
    }

    /** The lines above the table: title, "Held on …", Present and Apologies (on their line or the lines after). */
    private static final class Heading {
        String title = "";
        Optional<String> groupName = Optional.empty();
        boolean draft;
        Optional<LocalDate> meetingDate = Optional.empty();
        List<Who> present = List.of();
        List<Who> apologies = List.of();
        final List<Unread> unread = new ArrayList<>();

        static Heading of(List<String> lines) {
            Heading heading = new Heading();
            StringBuilder names = null;
            boolean presentList = false;
            for (String line : lines) {
                Matcher title = TITLE.matcher(line);
                Matcher label = LABEL.matcher(line);
                if (heading.title.isEmpty() && title.matches()) {
                    heading.title = line;
                    heading.groupName = Optional.ofNullable(title.group(1)).map(String::strip);
                    heading.draft = title.group(2) != null;
                } else if (label.matches() && label.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("held")) {
                    heading.meetingDate = DayText.find(line);
                } else if (label.matches()) {
                    heading.names(presentList, names);
                    presentList = !label.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("apologies");
                    names = new StringBuilder(label.group(2));
                } else if (names != null) {
                    names.append(names.isEmpty() ? "" : ", ").append(line);
                } else if (heading.title.isEmpty()) {
                    heading.title = line;
                } else {
                    heading.unread.add(new Unread("above the table", line, "not a title, date or attendance line"));
                }
            }
            heading.names(presentList, names);
            return heading;
        }

        private void names(boolean presentList, StringBuilder names) {
            if (names == null) {
                return;
            }
            List<Who> people = people(names.toString());
            if (presentList) {
                present = people;
            } else {
                apologies = people;
            }
        }
    }

    /** "Sue Bent/ Debbie Briggs", "A, B and C", "ALL": split as {@code /meeting}'s who lists are; "none" is nobody. */
    public static List<Who> people(String typed) {
        if (typed.isBlank() || typed.strip().equalsIgnoreCase("none")) {
            return List.of();
        }
        // WhoParser reads Slack's escaping; written text is escaped the same way first, so "<" and "&" stay text
        String escaped = typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return WhoParser.parse(escaped);
    }

    /** The table's rows in order: opening notes, numbered items with their notes and actions, the next meeting. */
    private static final class TableReading {
        final List<Entry> opening = new ArrayList<>();
        final List<Unread> unread = new ArrayList<>();
        Optional<LocalDate> nextMeeting = Optional.empty();
        private final List<Item> items = new ArrayList<>();
        private String itemTitle;
        private int itemNumber;
        private List<Entry> entries = opening;
        private boolean pastNextMeeting;
        private NotesTable.Row previous;

        void row(NotesTable.Row row) {
            if (row.empty()) {
                return;
            }
            if (finishesOwners(row)) {
                return;
            }
            previous = row;
            if (pastNextMeeting) {
                afterNextMeeting(row.asTyped(), "table row " + row.number());
                return;
            }
            Optional<Matcher> heading = NotesRows.heading(row, itemNumber);
            if (heading.isPresent()) {
                startItem(Integer.parseInt(heading.get().group(1)), heading.get().group(2).strip());
                return;
            }
            NotesRows.entries(row, ActionNotesDocxReader::people).ifPresentOrElse(entries::addAll,
                    () -> unread.add(new Unread("table row " + row.number(), row.asTyped(),
                            "more timescales or owners than lines of action")));
        }

        /**
         * A row with only owners, after an action whose owners were cut short ("Sue Bent/" above,
         * "Debbie Briggs" below): one row that a page broke in two, as notes retyped from print have it.
         */
        private boolean finishesOwners(NotesTable.Row row) {
            if (previous == null || !NotesRows.ownersGoOn(previous) || !WordTables.blank(row.action())
                    || !WordTables.blank(row.timescale()) || entries.isEmpty()
                    || !(entries.get(entries.size() - 1) instanceof Action action)) {
                return false;
            }
            entries.set(entries.size() - 1, new Action(action.text(),
                    concat(action.owners(), people(String.join(" ", WordTables.nonBlank(row.who())))), action.timescale()));
            previous = row;
            return true;
        }

        private void startItem(int number, String title) {
            closeItem();
            Matcher next = NEXT_MEETING.matcher(title);
            if (next.matches()) {
                pastNextMeeting = true;
                nextMeeting = DayText.find(next.group(1));
                return;
            }
            itemNumber = number;
            itemTitle = title;
            entries = new ArrayList<>();
        }

        private void closeItem() {
            if (itemTitle != null) {
                items.add(new Item(itemNumber, itemTitle, entries));
                itemTitle = null;
            }
        }

        /** The date on the line after "Date of Next Meeting"; anything else there is listed as not read. */
        private void afterNextMeeting(String text, String where) {
            Optional<LocalDate> date = DayText.find(text);
            if (nextMeeting.isEmpty() && date.isPresent()) {
                nextMeeting = date;
            } else {
                unread.add(new Unread(where, text, "after the date of the next meeting"));
            }
        }

        /** The paragraphs below the table: "Date of Next Meeting: 22 October 2008", or the date on a line of its own. */
        void after(List<String> lines) {
            for (String line : lines) {
                Matcher next = NEXT_MEETING.matcher(line);
                if (next.matches() && !pastNextMeeting) {
                    closeItem();
                    pastNextMeeting = true;
                    nextMeeting = DayText.find(next.group(1));
                } else if (pastNextMeeting) {
                    afterNextMeeting(line, "below the table");
                } else {
                    unread.add(new Unread("below the table", line, "not in the Action | Timescale | Who table"));
                }
            }
        }

        List<Item> items() {
            closeItem();
            return items;
        }
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
