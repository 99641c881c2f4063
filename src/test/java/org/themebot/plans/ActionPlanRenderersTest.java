package org.themebot.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What the spreadsheet and Markdown renderers do with awkward typed text. */
class ActionPlanRenderersTest {

    @Test
    void theSpreadsheetKeepsTypedTextAsText() throws IOException {
        byte[] xlsx = new ActionPlan("Plan", List.of(new ActionPlan.Row("P1", "=HYPERLINK(\"x\")",
                List.of("+1"), List.of("2008/10"), List.of("@SUM(A1)"), List.of("Status: On track"))))
                .render(DocumentFormat.XLSX);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Plan");
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Outcomes [Review Comments]");
            for (int c = 0; c < 5; c++) {
                assertThat(sheet.getRow(3).getCell(c).getCellType()).isEqualTo(CellType.STRING);
            }
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("P1. =HYPERLINK(\"x\")");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("@SUM(A1)");
        }
    }

    @Test
    void markdownEscapesWhatWouldBreakTheTableOrBecomeMarkup() {
        String md = new String(new ActionPlan("E&CC Action Plan 2008/10", List.of(
                new ActionPlan.Row("P1", "Links | pipes *stars* _under_ [x](y) <script>", List.of("one", "two"),
                        List.of("2008/10"), List.of(), List.of("Status: On track")))).render(DocumentFormat.MD),
                StandardCharsets.UTF_8);

        assertThat(md).startsWith("# E&CC Action Plan 2008/10\n\n| Action | Methodology | Timescale \\[Lead Member\\] |");
        assertThat(md).contains("| P1. Links \\| pipes \\*stars\\* \\_under\\_ \\[x\\](y) \\<script\\> | one<br>two | 2008/10 |  | Status: On track |");
    }
}
