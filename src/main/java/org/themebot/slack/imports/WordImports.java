package org.themebot.slack.imports;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
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
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.export.DocxFile;
import org.themebot.groups.ThemeGroup;
import org.themebot.meetings.WorkspaceMembers;
import org.themebot.slack.AfterAckContext;
import org.themebot.slack.CommandRequest;
import org.themebot.slack.FileDownloads;
import org.themebot.slack.Interactions;
import org.themebot.slack.MemberDirectory;
import org.themebot.slack.Replies;
import org.themebot.slack.Reply;
import org.themebot.slack.SignedMetadata;

/**
 * The steps every import of a Word file shares — action notes ({@code /meeting import}) and action
 * plans ({@code /plan import}): the file picked in a form (or on a message), checked before the ack;
 * a modal that opens at once saying the file is being read, since reading takes longer than the 3
 * seconds Slack honours a trigger id for on a slow day (a download, the Word file, users.list), and
 * is replaced (views.update) by the preview or by what was wrong with the file; and the preview's
 * submission, which names only the held import's id, signed for the person and channel.
 */
public final class WordImports {

    /**
     * One kind of import: its command, its modal's title, the group the requester may import into
     * (throws otherwise), what to say when no file was picked, what it reads (said beside a
     * refusal), and its preview.
     */
    public record Flow(String command, String title, Function<Invocation, ThemeGroup> check, String noFile,
                       String whatIsRead, Previewer previewer) {
    }

    /** Reads the file, holds what was read and returns the preview, whose metadata {@link #signHeld} signs. */
    @FunctionalInterface
    public interface Previewer {
        View preview(Invocation inv, String fileName, byte[] file, WorkspaceMembers members);
    }

    /** A preview's submission: the import held under {@code heldId} confirmed. */
    @FunctionalInterface
    public interface Confirm {
        Reply confirm(Invocation inv, String heldId, ViewSubmissionPayload p);
    }

    private static final Logger log = LoggerFactory.getLogger(WordImports.class);

    private final Interactions interactions;
    private final SignedMetadata metadata;
    private final FileDownloads downloads;
    private final MemberDirectory members;

    public WordImports(Interactions interactions, SignedMetadata metadata, FileDownloads downloads,
                       MemberDirectory members) {
        this.interactions = interactions;
        this.metadata = metadata;
        this.downloads = downloads;
        this.members = members;
    }

    /** The command: the form where the file is picked ({@code picker}: the group and the signed channel), to those who may. */
    public Reply form(CommandRequest request, Flow flow, BiFunction<ThemeGroup, String, View> picker) {
        if (!request.args().isBlank()) {
            throw new CommandError(flow.command() + " takes nothing after it: it opens a form where you pick the Word "
                    + "file.", "");
        }
        Invocation inv = request.invocation();
        ThemeGroup group = flow.check().apply(inv);
        String signed = metadata.sign(inv.channelId(), inv.workspaceId(), inv.userId());
        return Reply.afterAck(context -> context.openModal(picker.apply(group, signed)));
    }

    /** The preview's metadata: the channel and the held import's id, signed for the person. */
    public String signHeld(Invocation inv, String heldId) {
        return metadata.sign(inv.channelId() + " " + heldId, inv.workspaceId(), inv.userId());
    }

    /**
     * The file picked in the form ({@link ImportViews#picker}): the form closes and the preview opens in
     * its place (a submission brings a fresh trigger id).
     */
    public Response picked(ViewSubmissionPayload p, String botToken, Flow flow) {
        if (p.getTeam() == null || p.getUser() == null || p.getView() == null) {
            return Interactions.BAD_REQUEST;
        }
        Optional<String> channel = metadata.verify(p.getView().getPrivateMetadata(), p.getTeam().getId(),
                p.getUser().getId());
        if (channel.isEmpty()) {
            return Interactions.BAD_REQUEST;
        }
        return interactions.submission(p, channel.get(), inv -> {
            flow.check().apply(inv);
            File file = wordFile(ImportViews.pickedFiles(p.getView().getState()), flow.noFile(), flow.whatIsRead());
            return preview(inv, botToken, file, flow);
        }, error -> Map.of(ImportViews.FILE, error.getMessage()));
    }

    /** The preview's submission; a problem is shown beside {@code errorBlock}. */
    public Response submitted(ViewSubmissionPayload p, String errorBlock, Confirm confirm) {
        if (p.getTeam() == null || p.getUser() == null || p.getView() == null) {
            return Interactions.BAD_REQUEST;
        }
        Optional<String[]> held = metadata.verify(p.getView().getPrivateMetadata(), p.getTeam().getId(),
                p.getUser().getId()).map(value -> value.split(" ", 2)).filter(parts -> parts.length == 2);
        if (held.isEmpty()) {
            return Interactions.BAD_REQUEST;
        }
        return interactions.submission(p, held.get()[0], inv -> confirm.confirm(inv, held.get()[1], p),
                error -> Map.of(errorBlock, error.getMessage()));
    }

    /** After the ack: the waiting modal, then the preview of {@code file} in its place. botToken: the request's, for Slack's file host. */
    public Reply preview(Invocation inv, String botToken, File file, Flow flow) {
        return Reply.afterAck(context -> open(context, inv, botToken, file, flow));
    }

    /** The Word file among these (or the first, for the reader to say what it is), if Slack keeps it. */
    public static File wordFile(List<File> shared, String noFile, String whatIsRead) {
        List<File> files = shared == null ? List.of() : shared;
        if (files.isEmpty()) {
            throw new CommandError(noFile, whatIsRead);
        }
        File file = files.stream().filter(f -> name(f).toLowerCase(Locale.ROOT).endsWith(".docx")).findFirst()
                .orElse(files.get(0));
        if (file.getUrlPrivate() == null || "external".equals(file.getMode())) {
            throw new CommandError(name(file) + " is a link to a file kept outside Slack: share the .docx file itself.",
                    whatIsRead);
        }
        if (file.getSize() != null && file.getSize() > DocxFile.MAX_FILE_BYTES) {
            throw FileDownloads.tooBig(name(file), DocxFile.MAX_FILE_BYTES);
        }
        return file;
    }

    private void open(AfterAckContext context, Invocation inv, String botToken, File file, Flow flow)
            throws IOException, SlackApiException {
        ViewsOpenResponse opened = context.client().viewsOpen(r -> r.triggerId(context.triggerId())
                .view(ImportViews.reading(flow.title(), name(file))));
        if (!opened.isOk()) {
            log.info("views.open for an import preview answered {}", opened.getError());
            context.respond(Replies.text(":warning: Slack did not let me open the preview (" + opened.getError()
                    + "), so nothing was read. Please try again."));
            return;
        }
        View preview;
        try {
            byte[] bytes = downloads.download(inv.workspaceId(), botToken, file.getUrlPrivate(), name(file),
                    DocxFile.MAX_FILE_BYTES);
            preview = flow.previewer().preview(inv, name(file), bytes, members.members(inv.workspaceId()));
        } catch (CommandError e) {
            preview = ImportViews.refused(flow.title(), ":warning: " + Replies.error(e).text());
        } catch (RuntimeException e) {
            log.warn("reading a Word file for import failed", e);
            preview = ImportViews.refused(flow.title(), Replies.FAILED.text());
        }
        View shown = preview;
        ViewsUpdateResponse updated = context.client().viewsUpdate(r -> r.viewId(opened.getView().getId())
                .hash(opened.getView().getHash()).view(shown));
        if (!updated.isOk()) {
            log.info("the import preview could not replace its waiting modal: {}", updated.getError());
        }
    }

    private static String name(File file) {
        return file.getName() == null || file.getName().isBlank() ? "the file" : file.getName();
    }
}
