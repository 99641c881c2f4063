package org.themebot.plans;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.themebot.export.ActionNotesDocxReader;
import org.themebot.export.DayText;
import org.themebot.export.DocxFile;
import org.themebot.export.ImportedNotes.Unread;
import org.themebot.export.UnreadableNotes;
import org.themebot.export.WordTables;
import org.themebot.people.Who;

/**
 * Reads an action plan from Word, in the five columns of the 2008/10 plan that {@code /plan export
 * docx} writes too: Action | Methodology | Timescale [Lead Member] | Measurables / Outputs |
 * Outcomes [Review Comments]. Objectives may be grouped under heading rows (one cell across the
 * table, or bold text alone in the first column); the third column holds the timescale and a
 * "Lead:" line (or the lead in [brackets]); the fifth "Status: …", dated review comments
 * ("12 November 2008: …", "Review 12/11/08 – …") and outcomes with no date. Pure: bytes in, an
 * {@link ImportedPlan} out; a file with no such table is refused with {@link UnreadablePlan}.
 */
public final class ActionPlanDocxReader {

    private static final List<Predicate<String>> HEADER = List.of(
            name -> name.startsWith("action") || name.startsWith("objective"),
            name -> name.contains("method"),
            name -> name.contains("timescale") || name.startsWith("when") || name.startsWith("deadline"),
            name -> name.contains("measur") || name.contains("output"),
            name -> name.contains("outcome") || name.contains("review") || name.contains("progress"));
    private static final int COLUMNS = HEADER.size();

    /** The ref our own export puts before an objective: "P2. ". */
    private static final Pattern OWN_REF = Pattern.compile("P\\d+\\.\\s+(.*)", Pattern.DOTALL);
    private static final Pattern LEAD = Pattern.compile("(?i)(?:lead(?:\\s+member)?|led by)\\s*[:\\-–]?\\s*(.*)");
    private static final Pattern BRACKETED = Pattern.compile("\\[(.+)]");
    private static final Pattern BULLET = Pattern.compile("^[•·▪\\-–*]\\s+");
    private static final Pattern DONE = Pattern.compile("^[✓✔☑]\\s*");
    private static final Pattern STATUS = Pattern.compile("(?i)status\\s*:\\s*(.*)");
    /** A label before a review's date, and the date itself up to ":" or a dash. */
    private static final Pattern DATED = Pattern.compile(
            "(?i)(?:(?:review(?:ed)?|update[ds]?|progress|comment)\\s*(?:on\\s+)?)?([^:–—]{6,30}?)\\s*(?::|\\s[–—-]\\s)\\s*(.+)");
    private static final Pattern LABELLED = Pattern.compile("(?i)(outcomes?|status|review|update|comment)\\b.*");

    private ActionPlanDocxReader() {
    }

    /** The plan in the file; {@code fileName} is only for messages. */
    public static ImportedPlan read(byte[] file, String fileName) {
        XWPFDocument doc;
        try {
            doc = DocxFile.open(file, fileName);
        } catch (UnreadableNotes e) {
            throw new UnreadablePlan(e.getMessage());
        }
        try (doc) {
            return read(doc, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // closing a document read from memory
        }
    }

    private static ImportedPlan read(XWPFDocument doc, String fileName) {
        String title = "";
        Reading reading = new Reading();
        boolean found = false;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFTable table && !table.getRows().isEmpty()
                    && !WordTables.header(table.getRow(0), HEADER).isEmpty()) {
                found = true;
                reading.table(table);
            } else if (!found && title.isEmpty() && element instanceof XWPFParagraph paragraph) {
                title = paragraph.getText().strip();
            }
        }
        if (!found) {
            throw new UnreadablePlan("I found no action plan table in " + fileName + ", so I read nothing from it and "
                    + "changed nothing. An action plan has a table whose first row reads "
                    + String.join(" | ", ActionPlan.HEADER) + ".");
        }
        return new ImportedPlan(title, reading.items, reading.unread);
    }

    /** The plan tables' rows in order (a plan broken across pages may be several tables). */
    private static final class Reading {
        final List<ImportedPlan.Item> items = new ArrayList<>();
        final List<Unread> unread = new ArrayList<>();
        private Optional<String> heading = Optional.empty();

        void table(XWPFTable table) {
            List<Integer> starts = WordTables.header(table.getRow(0), HEADER);
            List<List<String>> above = List.of();
            for (int r = 1; r < table.getRows().size(); r++) {
                if (!WordTables.header(table.getRow(r), HEADER).isEmpty()) {
                    continue; // the header typed again where a page began
                }
                WordTables.Cells cells = WordTables.row(table.getRow(r), starts, above);
                above = cells.columns();
                row(r + 1, cells);
            }
        }

        private void row(int number, WordTables.Cells cells) {
            List<List<String>> columns = cells.columns();
            if (columns.stream().allMatch(WordTables::blank)) {
                return;
            }
            boolean restBlank = columns.subList(1, COLUMNS).stream().allMatch(WordTables::blank);
            if (restBlank && (cells.cells() < COLUMNS || cells.firstBold())) {
                heading = Optional.of(String.join(" ", WordTables.nonBlank(columns.get(0))));
                return;
            }
            String where = "table row " + number;
            String objective = String.join(" ", WordTables.nonBlank(columns.get(0)));
            Matcher ownRef = OWN_REF.matcher(objective);
            objective = ownRef.matches() ? ownRef.group(1) : objective;
            if (objective.isEmpty()) {
                unread.add(new Unread(where, asTyped(columns), "the Action column is empty, so there is no objective"));
                return;
            }
            TimescaleAndLead third = timescaleAndLead(WordTables.nonBlank(columns.get(2)), where);
            Outcomes fifth = outcomes(WordTables.nonBlank(columns.get(4)), where);
            items.add(new ImportedPlan.Item(number, heading, objective,
                    WordTables.nonBlank(columns.get(1)).stream().map(line -> BULLET.matcher(line).replaceFirst(""))
                            .filter(line -> !line.isBlank()).toList(),
                    third.timescale, third.lead, measurables(WordTables.nonBlank(columns.get(3))), fifth.status,
                    fifth.reviews));
        }

        private record TimescaleAndLead(String timescale, List<Who> lead) {
        }

        private TimescaleAndLead timescaleAndLead(List<String> lines, String where) {
            List<String> timescale = new ArrayList<>();
            List<Who> lead = new ArrayList<>();
            for (String line : lines) {
                Matcher named = LEAD.matcher(line);
                Matcher bracketed = BRACKETED.matcher(line);
                if (named.matches()) {
                    lead.addAll(ActionNotesDocxReader.people(named.group(1)));
                } else if (bracketed.matches()) {
                    lead.addAll(ActionNotesDocxReader.people(bracketed.group(1)));
                } else if (!line.equalsIgnoreCase("no date")) { // how the export writes a blank timescale
                    timescale.add(line);
                }
            }
            if (lead.size() > 1) {
                unread.add(new Unread(where, lines.stream().filter(l -> LEAD.matcher(l).matches()
                        || BRACKETED.matcher(l).matches()).findFirst().orElse(""),
                        "an objective has one lead member: the first is kept"));
            }
            return new TimescaleAndLead(String.join(" ", timescale), lead.stream().limit(1).toList());
        }

        private static List<ImportedPlan.Measure> measurables(List<String> lines) {
            List<ImportedPlan.Measure> measures = new ArrayList<>();
            for (String line : lines) {
                Matcher done = DONE.matcher(line);
                boolean ticked = done.find();
                String text = BULLET.matcher(ticked ? line.substring(done.end()) : line).replaceFirst("").strip();
                if (!text.isEmpty()) {
                    measures.add(new ImportedPlan.Measure(text, ticked));
                }
            }
            return measures;
        }

        private record Outcomes(Optional<PlanStatus> status, List<ImportedPlan.Review> reviews) {
        }

        /**
         * "Status: At risk", dated review comments, and outcomes with no date; a line with no date or
         * label after a dated comment goes on with that comment (a paragraph break inside it).
         */
        private Outcomes outcomes(List<String> lines, String where) {
            Optional<PlanStatus> status = Optional.empty();
            List<ImportedPlan.Review> reviews = new ArrayList<>();
            for (String line : lines) {
                Matcher statusLine = STATUS.matcher(line);
                Optional<ImportedPlan.Review> dated = dated(line);
                if (statusLine.matches()) {
                    status = PlanStatus.parse(statusLine.group(1));
                    if (status.isEmpty()) {
                        unread.add(new Unread(where, line, "not a status: on track, at risk, achieved or dropped"));
                    }
                } else if (dated.isPresent()) {
                    reviews.add(dated.get());
                } else if (!reviews.isEmpty() && reviews.get(reviews.size() - 1).day().isPresent()
                        && !LABELLED.matcher(line).matches()) {
                    ImportedPlan.Review last = reviews.remove(reviews.size() - 1);
                    reviews.add(new ImportedPlan.Review(last.day(), last.text() + " " + line));
                } else {
                    reviews.add(new ImportedPlan.Review(Optional.empty(), line));
                }
            }
            return new Outcomes(status, reviews);
        }

        /** "12 November 2008: text", "Review 12/11/08 – text": the date must be all there is before the separator. */
        private static Optional<ImportedPlan.Review> dated(String line) {
            Matcher m = DATED.matcher(line);
            if (!m.matches()) {
                return Optional.empty();
            }
            String before = m.group(1).strip();
            Optional<LocalDate> day = DayText.find(before);
            boolean onlyDate = before.replaceAll("(?i)[0-9./\\-,]|\\b(?:st|nd|rd|th|of)\\b|[a-z]{3,9}", "").isBlank()
                    && before.split("\\s+").length <= 4;
            return day.isPresent() && onlyDate ? Optional.of(new ImportedPlan.Review(day, m.group(2).strip()))
                    : Optional.empty();
        }

        private static String asTyped(List<List<String>> columns) {
            return String.join(" | ", columns.stream().map(c -> String.join(" ", WordTables.nonBlank(c))).toList()).strip();
        }
    }
}
