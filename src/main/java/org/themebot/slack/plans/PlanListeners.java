package org.themebot.slack.plans;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import org.themebot.plans.PlanDraft;
import org.themebot.plans.PlanService;
import org.themebot.slack.Interactions;
import org.themebot.slack.SignedMetadata;

/** The objective form's submissions, new and edited: problems go back beside their field; a saved one is posted in the channel. */
public final class PlanListeners {

    private final PlanService plans;
    private final Interactions interactions;
    private final SignedMetadata metadata;

    public PlanListeners(PlanService plans, Interactions interactions, SignedMetadata metadata) {
        this.plans = plans;
        this.interactions = interactions;
        this.metadata = metadata;
    }

    public void register(App app) {
        app.viewSubmission(PlanModal.ADD, (req, ctx) -> submitted(req.getPayload()));
        app.viewSubmission(PlanModal.EDIT, (req, ctx) -> submitted(req.getPayload()));
    }

    /** Which form it was is in the signed target (an edit names its objective), not in anything the client may vary. */
    private Response submitted(ViewSubmissionPayload p) {
        if (p.getTeam() == null || p.getUser() == null || p.getView() == null) {
            return Interactions.BAD_REQUEST;
        }
        Optional<PlanModal.Target> target = metadata.verify(p.getView().getPrivateMetadata(), p.getTeam().getId(),
                p.getUser().getId()).map(PlanModal.Target::of);
        if (target.isEmpty()) {
            return Interactions.BAD_REQUEST;
        }
        Optional<Integer> editing = target.get().number();
        return interactions.submission(p, target.get().channelId(), inv -> {
            PlanDraft draft = PlanModal.draft(p.getView().getState());
            PlanService.Changed saved = editing.isPresent() ? plans.edit(inv, editing.get(), draft) : plans.add(inv, draft);
            return PlanCommands.announce(inv, saved, editing.isPresent() ? PlanBlocks.Change.EDITED : PlanBlocks.Change.ADDED);
        }, PlanModal::errors);
    }
}
