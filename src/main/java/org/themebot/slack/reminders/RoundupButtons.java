package org.themebot.slack.reminders;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.themebot.reminders.RoundupAnswer;
import org.themebot.reminders.RoundupService;
import org.themebot.slack.Interactions;
import org.themebot.slack.Outbox;
import org.themebot.slack.Reply;
import org.themebot.slack.actions.ActionBlocks;

/**
 * A round-up DM's answers — Done, In progress, Blocked, Carry forward: each goes into the action's
 * history (Done closes it and is announced in the channel), and the DM then shows the answer.
 */
public final class RoundupButtons {

    private final RoundupService roundups;
    private final Interactions interactions;
    private final Outbox outbox;

    public RoundupButtons(RoundupService roundups, Interactions interactions, Outbox outbox) {
        this.roundups = roundups;
        this.interactions = interactions;
        this.outbox = outbox;
    }

    public void register(App app) {
        app.blockAction(Pattern.compile(Pattern.quote(RoundupBlocks.ANSWER) + "[a-z_]+"),
                (req, ctx) -> interactions.button(req.getPayload(), inv -> {
                    BlockActionPayload p = req.getPayload();
                    BlockActionPayload.Action pressed = p.getActions().get(0);
                    RoundupAnswer answer = RoundupAnswer.of(pressed.getActionId().substring(RoundupBlocks.ANSWER.length()))
                            .orElseThrow(() -> new Interactions.Malformed("no round-up answer " + pressed.getActionId()));
                    Map.Entry<Long, LocalDate> target = RoundupService.buttonValue(pressed.getValue());
                    RoundupService.Answered answered = roundups.answer(inv, target.getKey(), target.getValue(), answer);
                    Reply reply = Reply.NOTHING;
                    if (answer == RoundupAnswer.DONE) {
                        reply = reply.and(ActionBlocks.CHANGED.post(inv.workspaceId(),
                                answered.change().group().channelId(),
                                new ActionBlocks.ActionChange(answered.change(), inv.userId()))
                                .forGroup(answered.change().group().id()));
                    }
                    String channel = p.getContainer() == null ? null : p.getContainer().getChannelId();
                    String ts = p.getContainer() == null ? null : p.getContainer().getMessageTs();
                    if (channel != null && outbox.sentAbout(channel, ts,
                            ScheduledMessages.roundupSubject(answered.roundup()))) {
                        reply = reply.and(RoundupBlocks.ROUNDUP.update(inv.workspaceId(), channel, ts, answered.roundup()));
                    }
                    return reply;
                }));
    }
}
