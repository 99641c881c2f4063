package org.themebot.slack.partnership;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import org.themebot.commands.Invocation;
import org.themebot.partnership.PartnershipService;
import org.themebot.slack.Intent;
import org.themebot.slack.Interactions;
import org.themebot.slack.Reply;

/**
 * Accept and Decline on a partnership's invitation, pressed in the invited group's channel by one
 * of its chairs or secretaries. The board channel is told, and the invitation is replaced by the
 * answer, so it cannot be pressed again.
 */
public final class PartnershipButtons {

    private final PartnershipService partnerships;
    private final Interactions interactions;

    public PartnershipButtons(PartnershipService partnerships, Interactions interactions) {
        this.partnerships = partnerships;
        this.interactions = interactions;
    }

    public void register(App app) {
        app.blockAction(PartnershipBlocks.ACCEPT, (req, ctx) -> answer(req.getPayload(), true));
        app.blockAction(PartnershipBlocks.DECLINE, (req, ctx) -> answer(req.getPayload(), false));
    }

    /** The button's value is the partnership's id; the service checks it invited this channel's group. */
    private Response answer(BlockActionPayload p, boolean accept) {
        return interactions.button(p, inv -> {
            long partnershipId = Long.parseLong(p.getActions().get(0).getValue());
            PartnershipService.Answered answered = accept ? partnerships.accept(inv, partnershipId)
                    : partnerships.decline(inv, partnershipId);
            PartnershipBlocks.Answer answer = new PartnershipBlocks.Answer(answered, inv.userId());
            Reply reply = Reply.announce(PartnershipBlocks.ANSWERED.post(inv.workspaceId(),
                    answered.partnership().channelId(), answer));
            return p.getMessage() == null ? reply : reply.and(invitationAnswered(inv, p, answer));
        });
    }

    private static Intent invitationAnswered(Invocation inv, BlockActionPayload p,
                                                                PartnershipBlocks.Answer answer) {
        return PartnershipBlocks.ANSWERED.update(inv.workspaceId(), inv.channelId(), p.getMessage().getTs(), answer)
                .forGroup(answer.answered().group().id());
    }
}
