package org.themebot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** The Markdown, read back by a real CommonMark renderer with GFM tables (commonmark-java). */
class ActionNotesMarkdownTest {

    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");
    private static final Parser GFM = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Parser COMMONMARK = Parser.builder().build();

    /** Typed text that is Markdown or HTML syntax, each of which must come out as exactly these characters. */
    private static final List<String> HOSTILE = List.of(
            "[click](javascript:alert(document.cookie))",
            "![tracker](http://evil.example/pixel.png)",
            "Minutes &amp; papers &#169; &copy; R&D",
            "*not emphasis* _nor this_ **nor bold** ~~nor struck~~ `nor code`",
            "<b>not bold</b> <img src=x onerror=alert(1)> <http://evil.example>",
            "Folder S:\\Equalities\\| and a \\* star",
            "# not a heading ###",
            "1. not a list | - nor this | > nor a quote",
            "[ref]: http://evil.example \"title\"",
            "Café für Älle — 多様性 🌍");

    private final ActionNotesMarkdown markdown = new ActionNotesMarkdown();

    @Test
    void theSeptember2008MeetingMatchesTheGoldenFile() throws IOException {
        byte[] expected;
        try (InputStream in = getClass().getResourceAsStream("/export/action-notes-2008-09-03.md")) {
            assertThat(in).as("golden file on the test classpath").isNotNull();
            expected = in.readAllBytes();
        }
        assertThat(render(MeetingFixtures.september2008())).isEqualTo(new String(expected, StandardCharsets.UTF_8));
    }

    @Test
    void typedSyntaxRendersAsTheTextTypedInEveryCell() {
        List<ActionNotes.Entry> entries = new ArrayList<>();
        for (String typed : HOSTILE) {
            entries.add(MeetingFixtures.action("A1", typed, typed, null, typed));
            entries.add(MeetingFixtures.note(typed));
        }
        String md = render(MeetingFixtures.oneItem(entries.toArray(ActionNotes.Entry[]::new)));
        Node document = GFM.parse(md);

        List<List<String>> body = bodyRows(document);
        for (int i = 0; i < HOSTILE.size(); i++) {
            String typed = HOSTILE.get(i);
            assertThat(body.get(1 + 2 * i)).as(typed).containsExactly(typed, typed, typed);
            assertThat(body.get(2 + 2 * i)).as(typed).containsExactly(typed, "", "");
        }
        assertOnlyPlainTextOutsideItemHeadings(document);
        assertEveryTableRowHasThreeCells(md);
    }

    @Test
    void titleAndAttendanceRenderAsTyped() {
        String group = "E&CC *Theme* Group [x](javascript:alert(1)) &amp; #1 #";
        ActionNotes notes = new ActionNotes(group, LocalDate.of(2008, 9, 3), true, List.of("Sue <Bent>", "R&amp;D _team_"),
                List.of("![x](http://evil.example/x.png)"), List.of(), List.of(), Optional.empty());
        Node document = GFM.parse(render(notes));

        Heading title = (Heading) document.getFirstChild();
        assertThat(text(title)).isEqualTo("Action Notes of the " + group + " (draft)");
        List<String> paragraphs = new ArrayList<>();
        for (Node n = title.getNext(); n instanceof Paragraph; n = n.getNext()) {
            paragraphs.add(text(n));
        }
        assertThat(paragraphs).containsExactly("Held on Wednesday 3rd September 2008",
                "Present: Sue <Bent> and R&amp;D _team_", "Apologies: ![x](http://evil.example/x.png)");
        assertNone(document, Link.class, Image.class, HtmlInline.class, HtmlBlock.class, Emphasis.class, Code.class);
    }

    @Test
    void eachTypedLineIsARowOfItsOwnNotAnHtmlBreak() {
        String md = render(MeetingFixtures.oneItem(
                MeetingFixtures.note("First paragraph.\n\nSecond paragraph.\r\nThird."),
                MeetingFixtures.action("A1", "Draft the guide\nand circulate it", "Sept 08", null, "Sue Bent", "ALL")));

        assertThat(md).doesNotContain("<br>").contains("| First paragraph. |  |  |\n"
                + "|  |  |  |\n"
                + "| Second paragraph. |  |  |\n"
                + "| Third. |  |  |\n"
                + "| Draft the guide | Sept 08 | Sue Bent / ALL |\n"
                + "| and circulate it |  |  |\n");
        assertThat(bodyRows(GFM.parse(md))).hasSize(1 + 4 + 2 + 1);
    }

    @Test
    void inPlainCommonMarkTheTableIsTextWithNothingLive() {
        // CommonMark has no tables: the rows render as paragraph text, and must not turn into links or HTML either
        List<ActionNotes.Entry> notes = HOSTILE.stream().<ActionNotes.Entry>map(MeetingFixtures::note).toList();
        Node document = COMMONMARK.parse(render(MeetingFixtures.oneItem(notes.toArray(ActionNotes.Entry[]::new))));
        String html = HtmlRenderer.builder().build().render(document);

        assertNone(document, Link.class, Image.class, HtmlInline.class, HtmlBlock.class, Code.class);
        assertThat(html).doesNotContain("<img").doesNotContain("<a ").doesNotContain("<b>").contains("&amp;amp;");
    }

    @Test
    void itemRowsAreBoldAndOtherCharactersAreLeftReadable() {
        String md = render(MeetingFixtures.september2008());

        assertThat(md).contains("| **2. Revised Terms of Reference for the E&CC Theme Group** |  |  |")
                .contains("| **5. Date of Next Meeting: 22 October 2008** |  |  |")
                .contains("Sept/Oct 08");
        TableBlock table = (TableBlock) GFM.parse(md).getLastChild();
        assertThat(table).isNotNull();
    }

    private String render(ActionNotes notes) {
        return new String(markdown.render(notes), StandardCharsets.UTF_8);
    }

    /** The table's body rows as the renderer reads them: each cell's text. */
    private static List<List<String>> bodyRows(Node document) {
        List<List<String>> rows = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableRow && !(node.getParent().getPrevious() == null)) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add(text(cell));
                    }
                    rows.add(cells);
                    return;
                }
                visitChildren(node);
            }
        });
        return rows;
    }

    /** Outside the bold item headings, every cell holds text nodes only. */
    private static void assertOnlyPlainTextOutsideItemHeadings(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell && node.getFirstChild() instanceof StrongEmphasis) {
                    return;
                }
                if (node instanceof TableCell) {
                    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                        assertThat(child).as("inside a cell: %s", text(node)).isInstanceOf(Text.class);
                    }
                }
                visitChildren(node);
            }
        });
    }

    @SafeVarargs
    private static void assertNone(Node document, Class<? extends Node>... kinds) {
        List<Node> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                    for (Class<? extends Node> kind : kinds) {
                        if (kind.isInstance(child)) {
                            found.add(child);
                        }
                    }
                    child.accept(this);
                }
            }
        });
        assertThat(found).isEmpty();
    }

    /** The text a reader sees: the literal of every text node below. */
    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString();
    }

    /** Every table line, header and delimiter included, has exactly four unescaped pipes. */
    private static void assertEveryTableRowHasThreeCells(String md) {
        md.lines().filter(line -> line.startsWith("|")).forEach(line ->
                assertThat(UNESCAPED_PIPE.matcher(line.replace("\\\\", "")).results().count()).as(line).isEqualTo(4));
    }
}
