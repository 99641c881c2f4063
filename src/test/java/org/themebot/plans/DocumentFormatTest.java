package org.themebot.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {

    @Test
    void aFormatIsReadOnlyWhenOffered() {
        assertThat(DocumentFormat.parse("", ActionPlan.FORMATS)).contains(DocumentFormat.DOCX);
        assertThat(DocumentFormat.parse(" Word ", ActionPlan.FORMATS)).contains(DocumentFormat.DOCX);
        assertThat(DocumentFormat.parse("EXCEL", ActionPlan.FORMATS)).contains(DocumentFormat.XLSX);
        assertThat(DocumentFormat.parse("markdown", ActionPlan.FORMATS)).contains(DocumentFormat.MD);
        assertThat(DocumentFormat.parse("PDF", ActionPlan.FORMATS)).contains(DocumentFormat.PDF);
        assertThat(DocumentFormat.parse("pdf", AnnualReportDocument.FORMATS)).contains(DocumentFormat.PDF);
        assertThat(DocumentFormat.parse("xlsx", AnnualReportDocument.FORMATS)).isEmpty();
        assertThat(DocumentFormat.parse("odt", ActionPlan.FORMATS)).isEmpty();
        assertThat(DocumentFormat.parse("md", EnumSet.of(DocumentFormat.DOCX, DocumentFormat.XLSX))).isEmpty();
    }
}
