package org.themebot.slack.plans;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.view.View;
import org.themebot.commands.Invocation;
import org.themebot.meetings.WorkspaceMembers;
import org.themebot.plans.ActionPlanDocxReader;
import org.themebot.plans.PlanImport;
import org.themebot.plans.UnreadablePlan;
import org.themebot.slack.Reply;
import org.themebot.slack.Subcommand;
import org.themebot.slack.imports.WordImports;

/**
 * {@code /plan import}: a form to pick the Word file of the plan, its preview (the plan held by
 * {@link PlanImport#preview}), and the preview's submission, through the steps every Word import
 * shares ({@link WordImports}). Who may import is checked before the ack.
 */
public final class PlanImporting {

    private final PlanImport imports;
    private final WordImports words;
    private final WordImports.Flow flow;

    public PlanImporting(PlanImport imports, WordImports words) {
        this.imports = imports;
        this.words = words;
        this.flow = new WordImports.Flow("/plan import", PlanImportBlocks.TITLE, imports::check, "Pick the Word file of the plan.",
                UnreadablePlan.WHAT_IS_READ, this::preview);
    }

    Subcommand subcommand() {
        return Subcommand.reads("import", "/plan import", "bring in objectives from an action plan in Word (the five "
                + "columns /plan export writes): a form to pick the file, then a preview (chairs and secretaries)",
                request -> words.form(request, flow, PlanImportBlocks::picker)).examples("/plan import");
    }

    public void register(App app) {
        app.viewSubmission(PlanImportBlocks.PICK_CALLBACK_ID, (req, ctx) -> words.picked(req.getPayload(),
                ctx.getBotToken(), flow));
        app.viewSubmission(PlanImportBlocks.CALLBACK_ID, (req, ctx) -> words.submitted(req.getPayload(),
                PlanImportBlocks.EXISTING, this::confirm));
    }

    private View preview(Invocation inv, String fileName, byte[] file, WorkspaceMembers members) {
        PlanImport.Preview preview = imports.preview(inv, fileName, ActionPlanDocxReader.read(file, fileName), members);
        return PlanImportBlocks.preview(preview, words.signHeld(inv, preview.id()));
    }

    private Reply confirm(Invocation inv, String heldId, ViewSubmissionPayload p) {
        PlanImport.Imported imported = imports.confirm(inv, heldId, PlanImportBlocks.addReviews(p.getView().getState()));
        return Reply.announce(PlanImportBlocks.IMPORTED.post(inv.workspaceId(), imported.group().channelId(), imported)
                .forGroup(imported.group().id()));
    }
}
