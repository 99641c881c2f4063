package org.themebot.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.themebot.export.ImportedNotes.Action;
import org.themebot.export.ImportedNotes.Entry;
import org.themebot.export.ImportedNotes.Note;
import org.themebot.people.Who;

/**
 * What one row of an Action | Timescale | Who table holds: an item heading, a note, one action, or,
 * as secretaries write in Word, a cell of discussion whose last lines are actions with their
 * timescales and owners stacked in the cells beside them.
 */
final class NotesRows {

    private static final Pattern HEADING = Pattern.compile("(\\d{1,3})[.)]\\s+(\\S.{0,250})");
    /** A who line cut short that goes on on the next line: "Sue Bent/" then "Debbie Briggs". */
    private static final Pattern CONTINUED = Pattern.compile(".*(/|,|&|\\band|–|-|\\bto)\\s*");

    private NotesRows() {
    }

    /**
     * "3. Making Coventry a More Equal City": one numbered line, nothing beside it, numbered next after
     * the last item (or later, when it is set apart as a heading: a merged or bold row).
     */
    static Optional<Matcher> heading(NotesTable.Row row, int lastItem) {
        List<String> lines = WordTables.nonBlank(row.action());
        if (lines.size() != 1 || !WordTables.blank(row.timescale()) || !WordTables.blank(row.who())) {
            return Optional.empty();
        }
        Matcher heading = HEADING.matcher(lines.get(0));
        if (!heading.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(heading.group(1));
        boolean setApart = row.spanning() || row.bold();
        return number == lastItem + 1 || (setApart && number > lastItem) ? Optional.of(heading) : Optional.empty();
    }

    /** The notes and actions in a row that is not a heading; empty when its timescales or owners outnumber its lines. */
    static Optional<List<Entry>> entries(NotesTable.Row row, Function<String, List<Who>> people) {
        List<String> action = trimBlankEnds(row.action());
        List<String> timescales = WordTables.nonBlank(joinContinued(row.timescale()));
        List<String> owners = WordTables.nonBlank(joinContinued(row.who()));
        int actions = Math.max(timescales.size(), owners.size());
        List<Entry> entries = new ArrayList<>();
        if (actions == 0) {
            entries.add(new Note(String.join("\n", action)));
            return Optional.of(entries);
        }
        if (actions == 1) {
            if (WordTables.blank(action)) {
                return Optional.empty();
            }
            entries.add(new Action(String.join("\n", action), people.apply(String.join(" ", owners)), String.join(" ", timescales)));
            return Optional.of(entries);
        }
        return lineByLine(row, people).or(() -> lastLines(action, timescales, owners, people));
    }

    /**
     * Timescales and owners padded with empty lines so that each sits beside its action's line: those
     * lines are the actions, the lines between them notes.
     */
    private static Optional<List<Entry>> lineByLine(NotesTable.Row row, Function<String, List<Who>> people) {
        List<String> action = row.action();
        if (!linesUp(row.timescale(), action) || !linesUp(row.who(), action)) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        List<String> note = new ArrayList<>();
        for (int i = 0; i < action.size(); i++) {
            String timescale = line(row.timescale(), i);
            String who = line(row.who(), i);
            if (timescale.isBlank() && who.isBlank()) {
                note.add(action.get(i));
                continue;
            }
            if (action.get(i).isBlank()) {
                return Optional.empty();
            }
            addNote(entries, note);
            entries.add(new Action(action.get(i).strip(), people.apply(who), timescale.strip()));
        }
        addNote(entries, note);
        return Optional.of(entries);
    }

    /** A column lines up with the actions when it has a line for each of theirs, or nothing at all. */
    private static boolean linesUp(List<String> column, List<String> action) {
        return column.size() == action.size() || WordTables.blank(column);
    }

    /** Otherwise the last lines of the Action cell are the actions, in order, and what comes before them a note. */
    private static Optional<List<Entry>> lastLines(List<String> action, List<String> timescales, List<String> owners,
                                                   Function<String, List<Who>> people) {
        int actions = Math.max(timescales.size(), owners.size());
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < action.size(); i++) {
            if (!action.get(i).isBlank()) {
                lines.add(i);
            }
        }
        if (lines.size() < actions) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        int first = lines.get(lines.size() - actions);
        addNote(entries, new ArrayList<>(action.subList(0, first)));
        for (int a = 0; a < actions; a++) {
            // one timescale or owner beside several actions is each one's
            String timescale = timescales.size() == 1 ? timescales.get(0) : line(timescales, a);
            String who = owners.size() == 1 ? owners.get(0) : line(owners, a);
            entries.add(new Action(action.get(lines.get(lines.size() - actions + a)).strip(), people.apply(who), timescale));
        }
        return Optional.of(entries);
    }

    private static void addNote(List<Entry> entries, List<String> lines) {
        List<String> note = trimBlankEnds(lines);
        if (!note.isEmpty()) {
            entries.add(new Note(String.join("\n", note)));
        }
        lines.clear();
    }

    private static String line(List<String> lines, int i) {
        return i < lines.size() ? lines.get(i) : "";
    }

    /** Lines with the blank ones at either end dropped: Word cells often end in an empty paragraph. */
    private static List<String> trimBlankEnds(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return lines.subList(from, to);
    }

    /** Lines joined where one was cut short: "Sue Bent/" + "Debbie Briggs", "April 2008 –" + "March 2010". */
    /** Whether the last owner line of a row is cut short ("Sue Bent/"), so the row after may finish it. */
    static boolean ownersGoOn(NotesTable.Row row) {
        List<String> owners = WordTables.nonBlank(row.who());
        return !owners.isEmpty() && CONTINUED.matcher(owners.get(owners.size() - 1)).matches();
    }

    private static List<String> joinContinued(List<String> lines) {
        List<String> joined = new ArrayList<>();
        for (String line : lines) {
            int last = joined.size() - 1;
            if (last >= 0 && !line.isBlank() && CONTINUED.matcher(joined.get(last)).matches()) {
                joined.set(last, joined.get(last).stripTrailing() + " " + line.strip());
            } else {
                joined.add(line);
            }
        }
        return joined;
    }
}
