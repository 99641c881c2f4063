package org.themebot.slack.meetings;

import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.methods.response.views.ViewsUpdateResponse;
import com.slack.api.model.File;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.export.ActionNotesDocxReader;
import org.themebot.export.UnreadableNotes;
import org.themebot.groups.ThemeGroup;
import org.themebot.meetings.MeetingImport;
import org.themebot.slack.AfterAckContext;
import org.themebot.slack.CommandRequest;
import org.themebot.slack.FileDownloads;
import org.themebot.slack.Interactions;
import org.themebot.slack.MemberDirectory;
import org.themebot.slack.Replies;
import org.themebot.slack.Reply;
import org.themebot.slack.SignedMetadata;
import org.themebot.slack.Subcommand;

/**
 * Bringing in a meeting from its Word action notes: the "Import action notes" message shortcut,
 * {@code /meeting import} and the form it opens, and the submission of the preview either leads to. Who may import, and
 * which file, are checked before the ack. Reading takes longer than the 3 seconds Slack honours the
 * shortcut's trigger id for on a slow day (a download, the Word file, users.list), so the preview
 * modal opens at once saying it is reading the file, and is replaced (views.update) by the preview —
 * the notes held ({@link MeetingImport#preview}) — or by what was wrong with the file. Submitting the
 * preview names only the held notes' id, signed for the person and channel.
 */
public final class Importing {

    static final String SHORTCUT = "import_action_notes";

    private static final Logger log = LoggerFactory.getLogger(Importing.class);

    private final MeetingImport imports;
    private final Interactions interactions;
    private final SignedMetadata metadata;
    private final FileDownloads downloads;
    private final MemberDirectory members;

    public Importing(MeetingImport imports, Interactions interactions, SignedMetadata metadata,
                           FileDownloads downloads, MemberDirectory members) {
        this.imports = imports;
        this.interactions = interactions;
        this.metadata = metadata;
        this.downloads = downloads;
        this.members = members;
    }

    Subcommand subcommand() {
        return Subcommand.reads("import", "/meeting import", "bring in a meeting from its Word action notes: a form "
                + "to pick the file, then a preview (chairs and secretaries)", this::form).examples("/meeting import");
    }

    public void register(App app) {
        app.messageShortcut(SHORTCUT, (req, ctx) -> shortcut(req.getPayload(), ctx.getBotToken()));
        app.viewSubmission(ImportModal.PICK_CALLBACK_ID, (req, ctx) -> picked(req.getPayload(), ctx.getBotToken()));
        app.viewSubmission(ImportModal.CALLBACK_ID, (req, ctx) -> submitted(req.getPayload()));
    }

    /** The form where the file is picked (or says to use the shortcut on a message with it), to those who may. */
    private Reply form(CommandRequest request) {
        if (!request.args().isBlank()) {
            throw new CommandError("/meeting import takes nothing after it: it opens a form where you pick the Word "
                    + "file of the notes.", "");
        }
        Invocation inv = request.invocation();
        ThemeGroup group = imports.check(inv);
        String signed = metadata.sign(inv.channelId(), inv.workspaceId(), inv.userId());
        return Reply.afterAck(context -> context.openModal(ImportModal.picker(group, signed)));
    }

    private Response shortcut(MessageShortcutPayload p, String botToken) {
        return interactions.shortcut(p, inv -> {
            imports.check(inv);
            File file = notesFile(p.getMessage() == null ? null : p.getMessage().getFiles(),
                    "That message has no file. Share the action notes as a Word file in this channel, then use "
                            + "Import action notes on that message.");
            return Reply.afterAck(context -> openPreview(context, inv, botToken, file));
        });
    }

    /**
     * The file picked in /meeting import's form: the form closes and the preview opens in its place
     * (a submission brings a fresh trigger id), as from the shortcut.
     */
    private Response picked(ViewSubmissionPayload p, String botToken) {
        if (p.getTeam() == null || p.getUser() == null || p.getView() == null) {
            return Interactions.BAD_REQUEST;
        }
        Optional<String> channel = metadata.verify(p.getView().getPrivateMetadata(), p.getTeam().getId(),
                p.getUser().getId());
        if (channel.isEmpty()) {
            return Interactions.BAD_REQUEST;
        }
        return interactions.submission(p, channel.get(), inv -> {
            imports.check(inv);
            File file = notesFile(ImportModal.pickedFiles(p.getView().getState()), "Pick the Word file of the notes.");
            return Reply.afterAck(context -> openPreview(context, inv, botToken, file));
        }, error -> Map.of(ImportModal.FILE, error.getMessage()));
    }

    private Response submitted(ViewSubmissionPayload p) {
        if (p.getTeam() == null || p.getUser() == null || p.getView() == null) {
            return Interactions.BAD_REQUEST;
        }
        Optional<String[]> held = metadata.verify(p.getView().getPrivateMetadata(), p.getTeam().getId(),
                p.getUser().getId()).map(value -> value.split(" ", 2)).filter(parts -> parts.length == 2);
        if (held.isEmpty()) {
            return Interactions.BAD_REQUEST;
        }
        return interactions.submission(p, held.get()[0], inv -> {
            MeetingImport.Imported imported = imports.confirm(inv, held.get()[1], ImportModal.date(p.getView().getState()));
            return Reply.announce(ImportBlocks.IMPORTED.post(inv.workspaceId(), imported.group().channelId(), imported)
                    .forGroup(imported.group().id()));
        }, error -> Map.of(ImportModal.DATE, error.getMessage()));
    }

    /** The Word file among these (or the first, for the reader to say what it is), if Slack keeps it. */
    static File notesFile(List<File> shared, String noFile) {
        List<File> files = shared == null ? List.of() : shared;
        if (files.isEmpty()) {
            throw new UnreadableNotes(noFile);
        }
        File file = files.stream().filter(f -> name(f).toLowerCase(Locale.ROOT).endsWith(".docx")).findFirst()
                .orElse(files.get(0));
        if (file.getUrlPrivate() == null || "external".equals(file.getMode())) {
            throw new UnreadableNotes(name(file) + " is a link to a file kept outside Slack: share the .docx file itself.");
        }
        if (file.getSize() != null && file.getSize() > ActionNotesDocxReader.MAX_FILE_BYTES) {
            throw FileDownloads.tooBig(name(file), ActionNotesDocxReader.MAX_FILE_BYTES);
        }
        return file;
    }

    /** botToken: the workspace's, as Bolt resolved it for the request; Slack's file host asks for it. */
    private void openPreview(AfterAckContext context, Invocation inv, String botToken, File file)
            throws IOException, SlackApiException {
        ViewsOpenResponse opened = context.client().viewsOpen(r -> r.triggerId(context.triggerId())
                .view(ImportModal.reading(name(file))));
        if (!opened.isOk()) {
            log.info("views.open for an import preview answered {}", opened.getError());
            context.respond(Replies.text(":warning: Slack did not let me open the preview (" + opened.getError()
                    + "), so nothing was read. Please use Import action notes on the file again."));
            return;
        }
        View preview;
        try {
            preview = preview(inv, botToken, file);
        } catch (CommandError e) {
            preview = ImportModal.refused(":warning: " + Replies.error(e).text());
        } catch (RuntimeException e) {
            log.warn("reading action notes for import failed", e);
            preview = ImportModal.refused(Replies.FAILED.text());
        }
        View shown = preview;
        ViewsUpdateResponse updated = context.client().viewsUpdate(r -> r.viewId(opened.getView().getId())
                .hash(opened.getView().getHash()).view(shown));
        if (!updated.isOk()) {
            log.info("the import preview could not replace its waiting modal: {}", updated.getError());
        }
    }

    private View preview(Invocation inv, String botToken, File file) {
        String name = name(file);
        byte[] bytes = downloads.download(inv.workspaceId(), botToken, file.getUrlPrivate(), name,
                ActionNotesDocxReader.MAX_FILE_BYTES);
        var notes = ActionNotesDocxReader.read(bytes, name);
        MeetingImport.Preview preview = imports.preview(inv, name, notes, members.members(inv.workspaceId()));
        return ImportModal.preview(preview, metadata.sign(inv.channelId() + " " + preview.id(), inv.workspaceId(),
                inv.userId()));
    }

    private static String name(File file) {
        return file.getName() == null || file.getName().isBlank() ? "the file" : file.getName();
    }
}
