package org.themebot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.themebot.export.ActionNotes;

class NotesMailTest {

    static final ActionNotes NOTES = new ActionNotes("E&CC Theme Group", LocalDate.of(2008, 9, 3), false,
            List.of("Sue Bent", "Cllr Kevin Foster"), List.of("June Morley"), List.of(), List.of(
                    new ActionNotes.Item(2, "Revised Terms of Reference", List.of(
                            new ActionNotes.Note("Proposed new ToRs were circulated."),
                            action("A1", "Forward the Home Office Toolkit", "Sept 08", LocalDate.of(2008, 9, 30), "Balbir Sohal", "Debbie Briggs"),
                            action("A2", "Make the suggested changes to the ToRs", "22 Oct 08", LocalDate.of(2008, 10, 22), "Sue Bent", "Kevin Foster"))),
                    new ActionNotes.Item(3, "Hate crime", List.of(
                            action("A4", "Report back on the <hate crime> panel", "", null, "Cllr Kevin Foster")))),
            Optional.of(LocalDate.of(2008, 10, 22)));
    static final Attachment DOCX = new Attachment("action-notes-2008-09-03.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {80, 75, 3, 4});
    static final Attachment PDF = new Attachment("action-notes-2008-09-03.pdf", "application/pdf", new byte[] {37, 80});

    static ActionNotes.ActionRow action(String ref, String text, String timescale, LocalDate due, String... owners) {
        return new ActionNotes.ActionRow(ref, text, timescale, Optional.ofNullable(due), List.of(owners), "open");
    }

    @Test
    void theRecipientsOwnActionsComeFirstWhateverTitleTheyWereGivenUnder() throws Exception {
        Rendered mail = Rendered.of(NotesMail.render(NOTES, new Mailbox("Cllr Kevin Foster", "kevin@example.org"), List.of(DOCX, PDF),
                Optional.of(new Mailbox("Debbie Briggs", "debbie@example.org"))));

        assertThat(mail.mime().getSubject())
                .isEqualTo("Action Notes of the E&CC Theme Group — Held on Wednesday 3rd September 2008");
        assertThat(mail.text()).contains("""
                Held on Wednesday 3rd September 2008. The action notes are attached (action-notes-2008-09-03.docx, action-notes-2008-09-03.pdf).

                Your actions (2)
                • A2 Make the suggested changes to the ToRs
                  Timescale: 22 Oct 08 (due Wed 22 Oct 2008) · Who: Sue Bent / Kevin Foster
                • A4 Report back on the <hate crime> panel
                  Timescale: no date · Who: Cllr Kevin Foster

                Other actions (1)
                • A1 Forward the Home Office Toolkit
                  Timescale: Sept 08 (due Tue 30 Sept 2008) · Who: Balbir Sohal / Debbie Briggs
                """).contains("replies go to Debbie Briggs.");
        assertThat(mail.html()).contains("Report back on the &lt;hate crime&gt; panel").contains("E&amp;CC Theme Group");
        assertThat(mail.header("List-Unsubscribe")).as("circulated notes are not a mailing list").isNull();
        Multipart mixed = (Multipart) mail.mime().getContent();
        BodyPart file = mixed.getBodyPart(1);
        assertThat(file.getFileName()).isEqualTo("action-notes-2008-09-03.docx");
        assertThat(file.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(file.getInputStream().readAllBytes()).containsExactly(80, 75, 3, 4);
        assertThat(mixed.getBodyPart(2).getFileName()).isEqualTo("action-notes-2008-09-03.pdf");
    }

    @Test
    void someoneWithNoActionsGetsThemAll() throws Exception {
        Rendered mail = Rendered.of(NotesMail.render(NOTES, new Mailbox("June Morley", "june@example.org"), List.of(DOCX),
                Optional.empty()));

        assertThat(mail.text()).doesNotContain("Your actions").contains("Actions (3)\n• A1 ")
                .contains("Sent by themebot for E&CC Theme Group.");
        assertThat(mail.mime().getReplyTo()[0].toString()).as("no Reply-To: replies go to the sender")
                .isEqualTo("Theme Bot <themebot@example.org>");
    }
}
