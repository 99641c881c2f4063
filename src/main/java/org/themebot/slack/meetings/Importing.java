package org.themebot.slack.meetings;

import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.File;
import com.slack.api.model.view.View;
import org.themebot.commands.Invocation;
import org.themebot.export.ActionNotesDocxReader;
import org.themebot.export.UnreadableNotes;
import org.themebot.meetings.MeetingImport;
import org.themebot.meetings.WorkspaceMembers;
import org.themebot.slack.Interactions;
import org.themebot.slack.Reply;
import org.themebot.slack.Subcommand;
import org.themebot.slack.imports.WordImports;

/**
 * Bringing in a meeting from its Word action notes: the "Import action notes" message shortcut,
 * {@code /meeting import} and the form it opens, and the submission of the preview either leads to. Who may import, and
 * which file, are checked before the ack; the steps every Word import shares are {@link WordImports}'s,
 * the notes held by {@link MeetingImport#preview}.
 */
public final class Importing {

    static final String SHORTCUT = "import_action_notes";

    private final MeetingImport imports;
    private final Interactions interactions;
    private final WordImports words;
    private final WordImports.Flow flow;

    public Importing(MeetingImport imports, Interactions interactions, WordImports words) {
        this.imports = imports;
        this.interactions = interactions;
        this.words = words;
        this.flow = new WordImports.Flow("/meeting import", ImportModal.TITLE, imports::check, "Pick the Word file of the notes.",
                UnreadableNotes.WHAT_IS_READ, this::preview);
    }

    Subcommand subcommand() {
        return Subcommand.reads("import", "/meeting import", "bring in a meeting from its Word action notes: a form "
                + "to pick the file, then a preview (chairs and secretaries)",
                request -> words.form(request, flow, ImportModal::picker)).examples("/meeting import");
    }

    public void register(App app) {
        app.messageShortcut(SHORTCUT, (req, ctx) -> shortcut(req.getPayload(), ctx.getBotToken()));
        app.viewSubmission(ImportModal.PICK_CALLBACK_ID, (req, ctx) -> words.picked(req.getPayload(), ctx.getBotToken(),
                flow));
        app.viewSubmission(ImportModal.CALLBACK_ID, (req, ctx) -> words.submitted(req.getPayload(), ImportModal.DATE,
                this::confirm));
    }

    private Response shortcut(MessageShortcutPayload p, String botToken) {
        return interactions.shortcut(p, inv -> {
            imports.check(inv);
            File file = WordImports.wordFile(p.getMessage() == null ? null : p.getMessage().getFiles(),
                    "That message has no file. Share the action notes as a Word file in this channel, then use "
                            + "Import action notes on that message.", UnreadableNotes.WHAT_IS_READ);
            return words.preview(inv, botToken, file, flow);
        });
    }

    private Reply confirm(Invocation inv, String heldId, ViewSubmissionPayload p) {
        MeetingImport.Imported imported = imports.confirm(inv, heldId, ImportModal.date(p.getView().getState()));
        return Reply.announce(ImportBlocks.IMPORTED.post(inv.workspaceId(), imported.group().channelId(), imported)
                .forGroup(imported.group().id()));
    }

    private View preview(Invocation inv, String fileName, byte[] file, WorkspaceMembers members) {
        MeetingImport.Preview preview = imports.preview(inv, fileName, ActionNotesDocxReader.read(file, fileName), members);
        return ImportModal.preview(preview, words.signHeld(inv, preview.id()));
    }
}
