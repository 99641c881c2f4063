package org.themebot.slack.goodpractice;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.slack.Interactions;
import org.themebot.slack.Reply;
import org.themebot.slack.SignedMetadata;

/** The good-practice form's submission: problems go back beside their field; a good one is posted in the channel. */
public final class GoodPracticeListeners {

    private final GoodPracticeService goodPractice;
    private final Interactions interactions;
    private final SignedMetadata metadata;

    public GoodPracticeListeners(GoodPracticeService goodPractice, Interactions interactions, SignedMetadata metadata) {
        this.goodPractice = goodPractice;
        this.interactions = interactions;
        this.metadata = metadata;
    }

    public void register(App app) {
        app.viewSubmission(GoodPracticeModal.CALLBACK_ID, (req, ctx) -> submitted(req.getPayload()));
    }

    private Response submitted(ViewSubmissionPayload p) {
        if (p.getTeam() == null || p.getUser() == null || p.getView() == null) {
            return Interactions.BAD_REQUEST;
        }
        var channel = metadata.verify(p.getView().getPrivateMetadata(), p.getTeam().getId(), p.getUser().getId());
        if (channel.isEmpty()) {
            return Interactions.BAD_REQUEST;
        }
        return interactions.submission(p, channel.get(), inv -> {
            var submitted = goodPractice.submit(inv, GoodPracticeModal.draft(p.getView().getState()));
            return Reply.announce(GoodPracticeBlocks.SUBMITTED.post(inv.workspaceId(), inv.channelId(), submitted)
                    .forGroup(submitted.group().id()));
        }, GoodPracticeModal::errors);
    }
}
