package org.themebot.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.themebot.contacts.ContactNames;
import org.themebot.export.ActionNotes;

/**
 * A meeting's action notes, circulated to one person who was present or sent apologies: the
 * actions in the body, the recipient's own first (matched by name, ignoring titles), and the
 * notes attached as a file.
 */
public final class NotesMail {

    private NotesMail() {
    }

    /** {@code files}: the notes as attached, the Word file first (the body names them). */
    public static MailMessage render(ActionNotes notes, Mailbox to, List<Attachment> files, Optional<Mailbox> replyTo) {
        List<ActionNotes.ActionRow> own = new ArrayList<>();
        List<ActionNotes.ActionRow> others = new ArrayList<>();
        for (ActionNotes.ActionRow action : actions(notes)) {
            boolean theirs = action.owners().stream().anyMatch(owner -> ContactNames.same(owner, to.name()));
            (theirs ? own : others).add(action);
        }
        MailBody body = new MailBody()
                .heading(notes.title())
                .paragraph(notes.heldOn() + ". The action notes are attached ("
                        + String.join(", ", files.stream().map(Attachment::fileName).toList()) + ").")
                .section("Your actions (" + own.size() + ")", own.stream().map(NotesMail::line).toList())
                .section((own.isEmpty() ? "Actions (" : "Other actions (") + others.size() + ")",
                        others.stream().map(NotesMail::line).toList());
        if (own.isEmpty() && others.isEmpty()) {
            body.paragraph("No actions were recorded at this meeting.");
        }
        body.footer(replyTo.map(secretary -> "Sent by themebot for " + notes.groupName() + "; replies go to "
                        + secretary.name() + ".").orElse("Sent by themebot for " + notes.groupName() + "."),
                Optional.empty());
        String subject = notes.title() + " — " + notes.heldOn();
        return new MailMessage(to, replyTo, subject, body.text(), body.html(notes.title()), Optional.empty(), files);
    }

    private static List<ActionNotes.ActionRow> actions(ActionNotes notes) {
        return Stream.concat(notes.opening().stream(), notes.items().stream().flatMap(item -> item.entries().stream()))
                .filter(ActionNotes.ActionRow.class::isInstance)
                .map(ActionNotes.ActionRow.class::cast)
                .toList();
    }

    private static String line(ActionNotes.ActionRow action) {
        return action.ref() + " " + action.text() + "\nTimescale: " + MailText.timescale(action.timescale(), action.due())
                + " · Who: " + (action.owners().isEmpty() ? "no owner yet" : action.who());
    }
}
