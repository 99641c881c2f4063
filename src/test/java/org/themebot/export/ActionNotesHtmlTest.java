package org.themebot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ActionNotesHtmlTest {

    private final ActionNotesHtml html = new ActionNotesHtml();

    @Test
    void standalonePageWithTheLayout() {
        String page = render(MeetingFixtures.september2008());

        assertThat(page).startsWith("<!DOCTYPE html>")
                .contains("<meta charset=\"utf-8\" />")
                .contains("<meta name=\"author\" content=\"Equalities and Communities Theme Group\" />")
                .contains("<h1>Action Notes of the Equalities and Communities Theme Group</h1>")
                .contains("<p>Held on Wednesday 3rd September 2008</p>")
                .contains("<p><strong>Present:</strong> Sue Bent, June Jeffrey, ")
                .contains("Debbie Briggs and Andrew Harrison</p>")
                .contains("<p><strong>Apologies:</strong> June Morley, ")
                .contains("<thead><tr><th>Action</th><th>Timescale</th><th>Who</th></tr></thead>")
                .contains("<tr class=\"item\"><td colspan=\"3\">1. New Coventry Partnership Development Manager</td></tr>")
                .contains("<tr><td>Forward the Home Office Toolkit to Debbie for circulation to the group</td>"
                        + "<td>Sept 08</td><td>Balbir Sohal / Debbie Briggs</td></tr>")
                .contains("<tr class=\"item\"><td colspan=\"3\">5. Date of Next Meeting: 22 October 2008</td></tr>")
                .endsWith("</html>\n");
        // header first, then the body: the thead is what repeats on each printed page
        assertThat(page.indexOf("<thead>")).isLessThan(page.indexOf("<tbody>"));
    }

    @Test
    void printedPagesKeepItemsWithTheirFirstRowAndAreNumbered() {
        String page = render(MeetingFixtures.september2008());

        assertThat(page).contains("tbody.item { break-inside: avoid; page-break-inside: avoid; }")
                .contains("<tbody class=\"item\">\n<tr class=\"item\"><td colspan=\"3\">4. Sharing Good Practice</td></tr>\n"
                        + "<tr><td>Good practice examples will be put on the agenda for the next meeting.</td><td></td><td></td></tr>\n"
                        + "</tbody>\n<tbody>\n<tr><td>Let Debbie know")
                .contains("thead { display: table-header-group; }")
                .contains("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);")
                .contains("@bottom-left { content: \"Equalities and Communities Theme Group · 3 September 2008\";");
    }

    @Test
    void theFooterIsACssStringNothingTypedCanEnd() {
        assertThat(ActionNotesHtml.cssString("E&CC \"Group\" </style> \\ é")).isEqualTo(
                "\"E\\26 CC \\22 Group\\22  \\3c \\2f style\\3e  \\5c  é\"");
    }

    @Test
    void wellFormedXmlSoThePdfCanLayItOut() throws Exception {
        String page = render(MeetingFixtures.long150());
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everythingTypedIsEscaped() {
        ActionNotes notes = new ActionNotes("E&CC Theme Group", LocalDate.of(2008, 9, 3), true, List.of("Sue <b>Bent</b>"), List.of(),
                List.of(), List.of(MeetingFixtures.item(1, "Q&A",
                        MeetingFixtures.action("A1", "<script>alert('x')</script>", "Sept & Oct", null, "R&D \"team\""))),
                Optional.empty());
        String page = render(notes);

        assertThat(page).doesNotContain("<script>").doesNotContain("<b>Bent").doesNotContain("&eacute;")
                .contains("<title>Action Notes of the E&amp;CC Theme Group (draft)</title>")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt;")
                .contains("<td>Sept &amp; Oct</td>")
                .contains("R&amp;D &quot;team&quot;")
                .contains("content: \"E\\26 CC Theme Group · 3 September 2008 \\28 draft\\29 \"")
                .contains("1. Q&amp;A");
    }

    @Test
    void typedLineBreaksAreKept() {
        String page = render(MeetingFixtures.oneItem(MeetingFixtures.note("First.\nSecond.")));
        assertThat(page).contains("<td>First.<br />\nSecond.</td>");
    }

    private String render(ActionNotes notes) {
        return new String(html.render(notes), StandardCharsets.UTF_8);
    }
}
