package org.themebot.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.themebot.plans.DocumentFormat;
import org.themebot.plans.StrandExamples;

class BoardReportDocumentTest {

    private static final BoardReport REPORT = new BoardReport("Sheffield First Partnership Board Report December 2026",
            LocalDate.of(2026, 12, 1), List.of(
            new BoardReport.GroupFigures("E&CC Theme Group", "C0EQ", 3, 2, 1,
                    Optional.of(new BoardReport.OverdueAction("A1", "Equality impact assessment",
                            LocalDate.of(2026, 10, 1), 61)),
                    List.of("P1 Hate crime reporting", "P3 Newsletter"), Optional.of(LocalDate.of(2026, 12, 16))),
            new BoardReport.GroupFigures("=Safer Communities", "C0SAFE", 1, 0, 0, Optional.empty(), List.of(),
                    Optional.empty())),
            List.of(new StrandExamples("race", List.of("Hate crime in schools", "Welcome pack")),
                    new StrandExamples("disability", List.of())),
            List.of("C0YOUTH"));

    @Test
    void theWordReportHasEachGroupsFiguresAndTheHiddenVoices() throws IOException {
        byte[] docx = REPORT.render(DocumentFormat.DOCX);
        Path out = Path.of("target", "plan-samples");
        Files.createDirectories(out);
        Files.write(out.resolve("partnership-report-2026-12-01.docx"), docx);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains(
                    "Sheffield First Partnership Board Report December 2026", "As of 1 December 2026", "Theme groups (2)",
                    "Hidden voices: no group has an example for disability.");
            assertThat(doc.getTables().get(0).getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactlyElementsOf(BoardReportDocument.GROUPS_HEADER);
            assertThat(doc.getTables().get(0).getRow(1).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("E&CC Theme Group", "3", "2", "1",
                            "A1 Equality impact assessment (due 1 October 2026, 61 days overdue)",
                            "P1 Hate crime reportingP3 Newsletter", "16 December 2026");
            assertThat(doc.getTables().get(0).getRow(2).getCell(4).getText()).isEqualTo("none");
        }
    }

    @Test
    void theSpreadsheetHasAFigureRowPerGroupAsText() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(REPORT.render(DocumentFormat.XLSX)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("E&CC Theme Group");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("=Safer Communities");
            assertThat(sheet.getRow(4).getCell(6).getStringCellValue()).isEqualTo("not set");
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("race");
            assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("2");
            assertThat(sheet.getRow(9).getCell(1).getStringCellValue()).isEqualTo("disability");
        }
    }
}
