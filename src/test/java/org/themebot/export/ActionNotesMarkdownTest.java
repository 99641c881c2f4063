package org.themebot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ActionNotesMarkdownTest {

    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

    private final ActionNotesMarkdown markdown = new ActionNotesMarkdown();

    @Test
    void theSeptember2008MeetingMatchesTheGoldenFile() throws IOException {
        byte[] expected;
        try (InputStream in = getClass().getResourceAsStream("/export/action-notes-2008-09-03.md")) {
            assertThat(in).as("golden file on the test classpath").isNotNull();
            expected = in.readAllBytes();
        }
        String actual = render(MeetingFixtures.september2008());
        assertThat(actual).isEqualTo(new String(expected, StandardCharsets.UTF_8));
    }

    @Test
    void pipesInTextAreEscapedSoTheTableKeepsThreeColumns() {
        String md = render(MeetingFixtures.oneItem(
                MeetingFixtures.action("A1", "Compare option A | option B", "Sept|Oct 08", null, "Sue Bent")));

        assertThat(md).contains("| Compare option A \\| option B | Sept\\|Oct 08 | Sue Bent |");
        assertEveryTableRowHasThreeCells(md);
    }

    @Test
    void newlinesInCellsBecomeBreaks() {
        String md = render(MeetingFixtures.oneItem(MeetingFixtures.note("First paragraph.\nSecond paragraph.\r\nThird.")));

        assertThat(md).contains("| First paragraph.<br>Second paragraph.<br>Third. |  |  |");
        assertEveryTableRowHasThreeCells(md);
    }

    @Test
    void backslashesAndAngleBracketsStayText() {
        String md = render(MeetingFixtures.oneItem(MeetingFixtures.note("Folder S:\\Equalities\\| and <b>not bold</b>")));

        assertThat(md).contains("| Folder S:\\\\Equalities\\\\\\| and \\<b>not bold\\</b> |  |  |");
        assertEveryTableRowHasThreeCells(md);
    }

    @Test
    void itemRowsAreBoldAndOtherCharactersAreLeftReadable() {
        String md = render(MeetingFixtures.september2008());

        assertThat(md).contains("| **2. Revised Terms of Reference for the E&CC Theme Group** |  |  |")
                .contains("| **5. Date of Next Meeting: 22 October 2008** |  |  |")
                .contains("Sept/Oct 08");
    }

    private String render(ActionNotes notes) {
        return new String(markdown.render(notes), StandardCharsets.UTF_8);
    }

    /** Every table line, header and delimiter included, has exactly four unescaped pipes. */
    private static void assertEveryTableRowHasThreeCells(String md) {
        md.lines().filter(line -> line.startsWith("|")).forEach(line ->
                assertThat(UNESCAPED_PIPE.matcher(line).results().count()).as(line).isEqualTo(4));
    }
}
