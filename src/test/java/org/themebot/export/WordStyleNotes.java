package org.themebot.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Action notes laid out the way secretaries make them in Word, not the way themebot exports them:
 * Present and Apologies on lines of their own, item rows merged across the table and bold, a Who
 * cell merged down over three actions, line breaks (Shift+Enter) inside cells, a discussion cell
 * whose last lines are actions with their timescales and owners stacked beside them, a who list
 * broken over two lines, the header typed again, and the next meeting's date in the row below.
 */
final class WordStyleNotes {

    private WordStyleNotes() {
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, "Action Notes of the Equalities and Communities Theme Group");
            paragraph(doc, "");
            paragraph(doc, "Held on Wednesday 3rd September 2008");
            paragraph(doc, "Present:");
            paragraph(doc, "Sue Bent, June Jeffrey, Balbir Sohal and Debbie Briggs");
            paragraph(doc, "Apologies:");
            paragraph(doc, "June Morley, John Brady and Jenni Venn");

            XWPFTable table = doc.createTable(1, 3);
            header(table.getRow(0));
            row(table, "Sue Bent welcomed everyone to the meeting.", "", "");
            merged(table, "1. New Coventry Partnership Development Manager");
            XWPFTableRow breaks = row(table, "", "", "");
            lines(breaks.getCell(0), "Sue welcomed Dawn Ford to the meeting.", "Dawn is the new Development Manager.");
            merged(table, "2. Revised Terms of Reference for the E&CC Theme Group");
            XWPFTableRow stacked = row(table, "", "", "");
            paragraphs(stacked.getCell(0), "Proposed new ToRs were circulated.", "", "Balbir agreed to forward the Home Office Toolkit to Debbie.",
                    "Sue and Debbie would make the suggested changes to the ToRs.");
            paragraphs(stacked.getCell(1), "Sept 08", "22 Oct 08");
            paragraphs(stacked.getCell(2), "Balbir Sohal/ Debbie Briggs", "Sue Bent/", "Debbie Briggs");
            header(table.createRow());
            merged(table, "3. Making Coventry a More Equal and Cohesive City – Progress Update");
            XWPFTableRow first = row(table, "Look for examples of managerial aspects in CLYP", "Sept/Oct 08", "Debbie Briggs");
            XWPFTableRow second = row(table, "Set up a sub group meeting", "Sept/Oct 08", "");
            XWPFTableRow third = row(table, "Bring the draft guidance to the next meeting", "22 Oct 08", "");
            verticalMerge(first.getCell(2), STMerge.RESTART);
            verticalMerge(second.getCell(2), STMerge.CONTINUE);
            verticalMerge(third.getCell(2), null);
            merged(table, "4. Sharing Good Practice");
            row(table, "Let Debbie know of any good practice examples", "8 Oct 08", "ALL");
            row(table, "", "Oct 08", "");
            merged(table, "5. Date of Next Meeting");
            row(table, "22 October 2008", "", "");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static void header(XWPFTableRow row) {
        List<String> names = List.of("Action", "Timescale", "Who");
        for (int c = 0; c < 3; c++) {
            XWPFRun run = row.getCell(c).getParagraphs().get(0).createRun();
            run.setBold(true);
            run.setText(names.get(c));
        }
    }

    private static XWPFTableRow row(XWPFTable table, String action, String timescale, String who) {
        XWPFTableRow row = table.createRow();
        List<String> texts = List.of(action, timescale, who);
        for (int c = 0; c < 3; c++) {
            if (!texts.get(c).isEmpty()) {
                row.getCell(c).getParagraphs().get(0).createRun().setText(texts.get(c));
            }
        }
        return row;
    }

    /** An item heading: one bold cell spanning the three columns. */
    private static void merged(XWPFTable table, String heading) {
        XWPFTableRow row = table.createRow();
        row.removeCell(2);
        row.removeCell(1);
        XWPFTableCell cell = row.getCell(0);
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(3));
        XWPFRun run = cell.getParagraphs().get(0).createRun();
        run.setBold(true);
        run.setText(heading);
    }

    /** Lines in one paragraph, separated by line breaks (w:br). */
    private static void lines(XWPFTableCell cell, String... lines) {
        XWPFRun run = cell.getParagraphs().get(0).createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void paragraphs(XWPFTableCell cell, String... paragraphs) {
        for (int i = 0; i < paragraphs.length; i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            paragraph.createRun().setText(paragraphs[i]);
        }
    }

    /** A Who cell merged down: restart on the first row, continue (with or without a value) below. */
    private static void verticalMerge(XWPFTableCell cell, STMerge.Enum merge) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var vMerge = properties.addNewVMerge();
        if (merge != null) {
            vMerge.setVal(merge);
        }
    }
}
