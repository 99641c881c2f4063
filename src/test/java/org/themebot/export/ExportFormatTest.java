package org.themebot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportFormatTest {

    @ParameterizedTest
    @CsvSource({"docx, DOCX", "Word, DOCX", "md, MD", "MARKDOWN, MD", "html, HTML", "CSV, CSV", "' csv ', CSV", "xlsx, XLSX", "Excel, XLSX", "PDF, PDF"})
    void parsesWhatUsersType(String typed, ExportFormat expected) {
        assertThat(ExportFormat.parse(typed)).contains(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "doc", "xls", "htm", "text"})
    void unknownFormatsAreEmpty(String typed) {
        assertThat(ExportFormat.parse(typed)).isEmpty();
    }

    @Test
    void fileNameIsTheMeetingDate() {
        LocalDate date = LocalDate.of(2008, 9, 3);
        assertThat(ExportFormat.DOCX.fileName(date)).isEqualTo("action-notes-2008-09-03.docx");
        assertThat(ExportFormat.MD.fileName(date)).isEqualTo("action-notes-2008-09-03.md");
        assertThat(ExportFormat.HTML.fileName(date)).isEqualTo("action-notes-2008-09-03.html");
        assertThat(ExportFormat.CSV.fileName(date)).isEqualTo("action-notes-2008-09-03.csv");
        assertThat(ExportFormat.XLSX.fileName(date)).isEqualTo("action-notes-2008-09-03.xlsx");
        assertThat(ExportFormat.PDF.fileName(date)).isEqualTo("action-notes-2008-09-03.pdf");
    }

    @Test
    void contentTypesAndRenderers() {
        assertThat(ExportFormat.DOCX.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(ExportFormat.CSV.contentType()).startsWith("text/csv");
        assertThat(ExportFormat.DOCX.renderer()).isInstanceOf(ActionNotesDocx.class);
        assertThat(ExportFormat.MD.renderer()).isInstanceOf(ActionNotesMarkdown.class);
        assertThat(ExportFormat.HTML.renderer()).isInstanceOf(ActionNotesHtml.class);
        assertThat(ExportFormat.CSV.renderer()).isInstanceOf(ActionNotesCsv.class);
        assertThat(ExportFormat.XLSX.renderer()).isInstanceOf(ActionNotesXlsx.class);
        assertThat(ExportFormat.PDF.renderer()).isInstanceOf(ActionNotesPdf.class);
        assertThat(ExportFormat.XLSX.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(ExportFormat.PDF.contentType()).isEqualTo("application/pdf");
    }
}
