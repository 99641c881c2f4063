package org.themebot.install;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.slack.AfterAckContext;
import org.themebot.slack.FileUploads;
import org.themebot.slack.Interactions;
import org.themebot.slack.Replies;
import org.themebot.slack.Reply;
import org.themebot.slack.SignedMetadata;
import org.themebot.slack.SlackMessage;
import org.themebot.slack.Subcommand;
import org.themebot.slack.UserNames;

/**
 * {@code /themebot data export} and {@code /themebot data delete}, for workspace admins and owners
 * only. Whether the person is one is asked of Slack ({@code users.info}) after the ack, never on
 * it. An export arrives in the admin's DM with themebot; a delete first asks for confirmation with
 * a button, whose value is signed for the workspace and person who asked, and deletes at once.
 */
public final class DataRightsCommands {

    static final String FORM = "/themebot data export|delete";
    static final String DELETE_ACTION = "data_delete_confirm";
    static final String CANCEL_ACTION = "data_delete_cancel";
    private static final String DELETE = "delete-workspace-data";

    private final DataRights rights;
    private final FileUploads uploads;
    private final UserNames names;
    private final SignedMetadata signed;
    private final Interactions interactions;

    public DataRightsCommands(DataRights rights, FileUploads uploads, UserNames names, SignedMetadata signed,
                              Interactions interactions) {
        this.rights = rights;
        this.uploads = uploads;
        this.names = names;
        this.signed = signed;
        this.interactions = interactions;
    }

    /** The {@code data} subcommand of {@code /themebot}. */
    public Subcommand subcommand() {
        return Subcommand.reads("data", FORM, "workspace admins: everything themebot holds for this workspace, "
                + "as a zip in your DM (export), or deleted (delete, after you confirm)", request -> {
                    String what = request.args().strip().toLowerCase(Locale.ROOT);
                    Invocation inv = request.invocation();
                    return switch (what) {
                        case "export" -> new Reply(Optional.of(Replies.text(":hourglass_flowing_sand: Checking that "
                                + "you are a workspace admin; the export then comes to your DM with themebot.")),
                                List.of(), Optional.of(context -> export(inv, context)));
                        case "delete" -> Reply.afterAck(context -> askToConfirm(inv, context));
                        default -> throw new CommandError("Say what to do with the workspace's data: export it or "
                                + "delete it.", FORM);
                    };
                }).examples("/themebot data export");
    }

    public void register(App app) {
        app.blockAction(DELETE_ACTION, (req, ctx) -> deletePressed(req.getPayload()));
        app.blockAction(CANCEL_ACTION, (req, ctx) -> interactions.readingButton(req.getPayload(),
                inv -> Reply.afterAck(context -> context.replace(Replies.text("Nothing was deleted.")))));
    }

    private void export(Invocation inv, AfterAckContext context) throws IOException, SlackApiException {
        if (!isAdmin(context, inv.userId())) {
            context.respond(notAdmin("export"));
            return;
        }
        byte[] zip = rights.export(inv.workspaceId(), inv.userId(), names.in(inv.workspaceId()));
        Optional<SlackMessage> failed = uploads.sendTo(inv.workspaceId(), inv.userId(),
                rights.exportName(inv.workspaceId()), "Everything themebot holds for this workspace", zip);
        context.respond(failed.orElse(Replies.text(":white_check_mark: The export is in your DM with themebot.")));
    }

    private void askToConfirm(Invocation inv, AfterAckContext context) throws IOException, SlackApiException {
        if (!isAdmin(context, inv.userId())) {
            context.respond(notAdmin("delete"));
            return;
        }
        String text = ":warning: *Delete everything themebot holds for this workspace?* Every theme group, action, "
                + "meeting, note, good-practice example, plan, partnership and contact, and the names it looked up, "
                + "go now and cannot be brought back. themebot stays installed; to remove it too, uninstall the app. "
                + "Export first with `/themebot data export` if you want a copy.";
        String value = signed.sign(DELETE, inv.workspaceId(), inv.userId());
        context.respond(new SlackMessage("Delete everything themebot holds for this workspace?", List.of(
                section(s -> s.text(markdownText(text))),
                actions(a -> a.elements(List.of(
                        button(b -> b.actionId(DELETE_ACTION).style("danger").value(value)
                                .text(plainText("Delete everything"))
                                .confirm(confirmationDialog(c -> c.title(plainText("Delete everything?"))
                                        .text(plainText("This cannot be undone.")).confirm(plainText("Delete"))
                                        .deny(plainText("Keep it")).style("danger")))),
                        button(b -> b.actionId(CANCEL_ACTION).value("cancel").text(plainText("Cancel")))))))));
    }

    /**
     * The confirmation: for the workspace of the request and the person who asked only (a value
     * signed for another workspace or person is refused), and for an admin still.
     */
    private com.slack.api.bolt.response.Response deletePressed(BlockActionPayload p) {
        return interactions.readingButton(p, inv -> {
            if (signed.verify(p.getActions().get(0).getValue(), inv.workspaceId(), inv.userId())
                    .filter(DELETE::equals).isEmpty()) {
                throw new CommandError("That button was not for you: run /themebot data delete yourself.", "");
            }
            return Reply.afterAck(context -> {
                if (!isAdmin(context, inv.userId())) {
                    context.respond(notAdmin("delete"));
                    return;
                }
                int rows = rights.delete(inv.workspaceId(), inv.userId());
                context.replace(Replies.text(":wastebasket: Deleted: everything themebot held for this workspace is "
                        + "gone (" + rows + " records)."));
            });
        });
    }

    private static boolean isAdmin(AfterAckContext context, String userId) throws IOException, SlackApiException {
        UsersInfoResponse info = context.client().usersInfo(r -> r.user(userId));
        return info.isOk() && info.getUser() != null
                && (info.getUser().isAdmin() || info.getUser().isOwner() || info.getUser().isPrimaryOwner());
    }

    private static SlackMessage notAdmin(String what) {
        return Replies.text(":no_entry: Only a workspace admin or owner may " + what + " the workspace's data. "
                + "Ask one of them to run `/themebot data " + what + "`.");
    }
}
