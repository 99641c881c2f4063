package org.themebot.slack.meetings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.themebot.export.ActionNotes;
import org.themebot.export.ExportFormat;
import org.themebot.mail.Attachment;
import org.themebot.mail.MailMessage;
import org.themebot.mail.Mailbox;
import org.themebot.mail.NotesMail;
import org.themebot.meetings.MeetingRecord;
import org.themebot.people.Names;
import org.themebot.slack.MailKind;

/**
 * A meeting's action notes as e-mailed to one person: the meeting as recorded when it was
 * circulated, made into notes when the mail is sent (with the Slack members' names then), with
 * the Word file and the PDF attached.
 */
public final class CirculatedNotes {

    /** What one queued mail holds. */
    public record Mail(MeetingRecord record, Mailbox to, Optional<Mailbox> replyTo) {
    }

    /**
     * The same files go with every recipient's mail; each mail is also rendered once with stand-in
     * names (whose files are never made), so a few notes are kept.
     */
    private static final int FILES_KEPT = 4;
    private static final List<ExportFormat> ATTACHED = List.of(ExportFormat.DOCX, ExportFormat.PDF);

    /** The files of the notes of late, made once when the first mail is sent: one render per meeting, not per recipient. */
    private final Map<ActionNotes, List<Attachment>> files = new LinkedHashMap<>(FILES_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ActionNotes, List<Attachment>> eldest) {
            return size() > FILES_KEPT;
        }
    };

    private final MailKind<Mail> kind = MailKind.of("meeting.notes.mail", Mail.class, this::render);

    public MailKind<Mail> kind() {
        return kind;
    }

    private MailMessage render(Mail mail, Names names) {
        ActionNotes notes = mail.record().toActionNotes(names);
        return NotesMail.render(notes, mail.to(), files(notes), mail.replyTo());
    }

    private synchronized List<Attachment> files(ActionNotes notes) {
        return files.computeIfAbsent(notes, n -> ATTACHED.stream()
                .map(format -> Attachment.whenSent(format.fileName(n.meetingDate()), format.contentType(),
                        () -> format.renderer().render(n)))
                .toList());
    }
}
