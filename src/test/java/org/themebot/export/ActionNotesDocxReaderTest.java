package org.themebot.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.themebot.export.ImportedNotes.Action;
import org.themebot.export.ImportedNotes.Item;
import org.themebot.export.ImportedNotes.Note;
import org.themebot.people.Who;

class ActionNotesDocxReaderTest {

    @Test
    void themebotsOwnExportReadsBackToTheSameMarkdownByteForByte() {
        for (ActionNotes notes : List.of(MeetingFixtures.september2008(), MeetingFixtures.long150())) {
            byte[] docx = new ActionNotesDocx().render(notes);
            ImportedNotes imported = ActionNotesDocxReader.read(docx, "notes.docx");

            assertThat(imported.unread()).isEmpty();
            assertThat(imported.groupName()).contains(notes.groupName());
            assertThat(imported.meetingDate()).contains(notes.meetingDate());
            byte[] again = new ActionNotesMarkdown().render(imported.toActionNotes(imported.groupName().get(),
                    imported.meetingDate().get()));
            assertThat(new String(again, StandardCharsets.UTF_8))
                    .isEqualTo(new String(new ActionNotesMarkdown().render(notes), StandardCharsets.UTF_8));
        }
    }

    @Test
    void readsTheHeadingAttendanceAndOwnersAsTyped() {
        ImportedNotes imported = ActionNotesDocxReader.read(new ActionNotesDocx().render(MeetingFixtures.september2008()), "n.docx");

        assertThat(imported.title()).isEqualTo("Action Notes of the Equalities and Communities Theme Group");
        assertThat(imported.draft()).isFalse();
        assertThat(imported.present()).hasSize(11).startsWith(new Who.Named("Sue Bent"));
        assertThat(imported.apologies()).hasSize(13).endsWith(new Who.Named("Alison Quigley"));
        assertThat(imported.items()).extracting(Item::number).containsExactly(1, 2, 3, 4);
        assertThat(imported.items().get(1).entries().get(1)).isEqualTo(new Action(
                "Forward the Home Office Toolkit to Debbie for circulation to the group",
                List.of(new Who.Named("Balbir Sohal"), new Who.Named("Debbie Briggs")), "Sept 08"));
        assertThat(imported.items().get(3).entries().get(1)).isEqualTo(new Action(
                "Let Debbie know of any good practice examples so they can be put on the agenda for the next meeting",
                List.of(new Who.Everyone()), "8 Oct 08"));
        assertThat(imported.nextMeeting()).contains(LocalDate.of(2008, 10, 22));
    }

    @Test
    void readsNotesAsSecretariesLayThemOutInWord() throws IOException {
        ImportedNotes imported = ActionNotesDocxReader.read(WordStyleNotes.docx(), "notes.docx");

        assertThat(imported.meetingDate()).contains(LocalDate.of(2008, 9, 3));
        assertThat(imported.present()).extracting(Who::value).containsExactly("Sue Bent", "June Jeffrey", "Balbir Sohal", "Debbie Briggs");
        assertThat(imported.apologies()).extracting(Who::value).containsExactly("June Morley", "John Brady", "Jenni Venn");
        assertThat(imported.opening()).containsExactly(new Note("Sue Bent welcomed everyone to the meeting."));
        assertThat(imported.items()).extracting(Item::number, Item::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "New Coventry Partnership Development Manager"),
                org.assertj.core.groups.Tuple.tuple(2, "Revised Terms of Reference for the E&CC Theme Group"),
                org.assertj.core.groups.Tuple.tuple(3, "Making Coventry a More Equal and Cohesive City – Progress Update"),
                org.assertj.core.groups.Tuple.tuple(4, "Sharing Good Practice"));
        // a line break inside a paragraph is a line of the note
        assertThat(imported.items().get(0).entries()).containsExactly(
                new Note("Sue welcomed Dawn Ford to the meeting.\nDawn is the new Development Manager."));
        // the last lines of the discussion are its two actions; "Sue Bent/" goes on on the next line
        assertThat(imported.items().get(1).entries()).containsExactly(
                new Note("Proposed new ToRs were circulated."),
                new Action("Balbir agreed to forward the Home Office Toolkit to Debbie.", named("Balbir Sohal", "Debbie Briggs"), "Sept 08"),
                new Action("Sue and Debbie would make the suggested changes to the ToRs.", named("Sue Bent", "Debbie Briggs"), "22 Oct 08"));
        // the Who cell merged down over three actions is each one's
        assertThat(imported.items().get(2).entries()).extracting(e -> ((Action) e).owners())
                .containsOnly(named("Debbie Briggs"));
        assertThat(imported.items().get(3).entries()).containsExactly(
                new Action("Let Debbie know of any good practice examples", List.of(new Who.Everyone()), "8 Oct 08"));
        assertThat(imported.unread()).singleElement().satisfies(unread -> {
            assertThat(unread.text()).isEqualTo("| Oct 08 |");
            assertThat(unread.why()).isEqualTo("more timescales or owners than lines of action");
        });
        assertThat(imported.nextMeeting()).contains(LocalDate.of(2008, 10, 22));
    }

    @Test
    void readsTheRealSeptember2008NotesAsLibreOfficeSavedThem() throws IOException {
        ImportedNotes imported = ActionNotesDocxReader.read(resource("/export/action-notes-2008-09-03-libreoffice.docx"), "notes.docx");

        assertThat(imported.groupName()).contains("Equalities and Communities Theme Group");
        assertThat(imported.meetingDate()).contains(LocalDate.of(2008, 9, 3));
        assertThat(imported.present()).hasSize(11);
        assertThat(imported.apologies()).hasSize(13);
        assertThat(imported.opening()).singleElement().isInstanceOf(Note.class);
        assertThat(imported.items()).extracting(Item::number).containsExactly(1, 2, 3, 4);
        List<Action> actions = imported.items().stream().flatMap(i -> i.entries().stream())
                .filter(Action.class::isInstance).map(Action.class::cast).toList();
        assertThat(actions).extracting(Action::timescale).containsExactly("Sept 08", "22 Oct 08", "Sept/Oct 08", "Sept/Oct 08",
                "22 Oct 08", "8 Oct 08");
        assertThat(actions).extracting(Action::owners).containsExactly(named("Balbir Sohal", "Debbie Briggs"),
                named("Sue Bent", "Debbie Briggs"), named("Sally Giles"), named("Debbie Briggs"), named("Andrew Harrison"),
                List.of(new Who.Everyone()));
        assertThat(actions.get(4).text()).isEqualTo("Andrew will bring the draft guidance to the next meeting on 22 October 2008.");
        assertThat(imported.nextMeeting()).contains(LocalDate.of(2008, 10, 22));
        assertThat(imported.unread()).isEmpty();
    }

    @Test
    void aDocumentWithoutTheTableIsRefused() throws IOException {
        byte[] letter;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Dear Sue, thank you for the notes.");
            doc.createTable(2, 2).getRow(0).getCell(0).setText("Name");
            doc.write(out);
            letter = out.toByteArray();
        }
        assertThatThrownBy(() -> ActionNotesDocxReader.read(letter, "letter.docx")).isInstanceOf(UnreadableNotes.class)
                .hasMessage("I found no Action | Timescale | Who table in letter.docx, so I read nothing from it. "
                        + "Action notes have a table whose first row reads Action, Timescale, Who.");
    }

    @Test
    void otherFormatsAreRefusedSayingWhatIsRead() {
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> ActionNotesDocxReader.read(doc, "notes.doc")).isInstanceOf(UnreadableNotes.class)
                .hasMessageStartingWith("notes.doc is an older Word .doc file (or a password-protected one): I read .docx only.")
                .satisfies(e -> assertThat(((UnreadableNotes) e).correctForm()).contains("Word .docx"));
        assertThatThrownBy(() -> ActionNotesDocxReader.read("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), "notes.pdf"))
                .hasMessageStartingWith("notes.pdf is a PDF: I read Word .docx files only.");
        assertThatThrownBy(() -> ActionNotesDocxReader.read("Action\tTimescale\tWho".getBytes(StandardCharsets.UTF_8), "notes.txt"))
                .hasMessage("notes.txt is not a Word .docx file.");
        assertThatThrownBy(() -> ActionNotesDocxReader.read(new ActionNotesXlsx().render(MeetingFixtures.september2008()), "n.xlsx"))
                .hasMessage("n.xlsx is a spreadsheet: I read Word .docx files only.");
    }

    @Test
    void aDamagedFileIsRefused() {
        byte[] docx = new ActionNotesDocx().render(MeetingFixtures.september2008());
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
        assertThatThrownBy(() -> ActionNotesDocxReader.read(cut, "notes.docx")).isInstanceOf(UnreadableNotes.class)
                .hasMessageStartingWith("notes.docx could not be opened: it looks damaged.");
    }

    @Test
    void aFileOverTenMegabytesIsRefusedUnread() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = 'P';
        big[1] = 'K';
        assertThatThrownBy(() -> ActionNotesDocxReader.read(big, "big.docx")).isInstanceOf(UnreadableNotes.class)
                .hasMessage("big.docx is 10.0 MB: I read files of up to 10 MB.");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        // 65 MB of zeros packs into some 65 KB
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 65; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(DocxFile.MAX_FILE_BYTES);
        assertThatThrownBy(() -> ActionNotesDocxReader.read(bytes.toByteArray(), "bomb.docx")).isInstanceOf(UnreadableNotes.class)
                .hasMessage("bomb.docx unpacks to more than 64 MB, far more than any notes or plan: I did not read it.");
    }

    @Test
    void ownersCutShortAtAPageBreakAreFinishedByTheRowAfter() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Held on Wednesday 3rd September 2008");
            String[][] rows = {{"Action", "Timescale", "Who"}, {"1. Revised Terms of Reference", "", ""},
                    {"Sue and Debbie to make the changes to the ToRs.", "22 Oct 08", "Sue Bent/"},
                    {"", "", "Debbie Briggs"}, {"", "Sept 08", "Balbir Sohal"}};
            XWPFTable table = doc.createTable(rows.length, 3);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            doc.write(out);
            docx = out.toByteArray();
        }

        ImportedNotes imported = ActionNotesDocxReader.read(docx, "notes.docx");

        assertThat(imported.items().get(0).entries()).containsExactly(new Action(
                "Sue and Debbie to make the changes to the ToRs.", named("Sue Bent", "Debbie Briggs"), "22 Oct 08"));
        assertThat(imported.unread()).as("a row with no action that finishes nothing").singleElement()
                .satisfies(u -> assertThat(u.text()).contains("Balbir Sohal"));
    }

    private static List<Who> named(String... names) {
        return java.util.Arrays.stream(names).<Who>map(Who.Named::new).toList();
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ActionNotesDocxReaderTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
