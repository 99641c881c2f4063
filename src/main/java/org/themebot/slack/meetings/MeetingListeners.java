package org.themebot.slack.meetings;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.themebot.export.ExportFormat;
import org.themebot.meetings.MeetingService;
import org.themebot.slack.Interactions;
import org.themebot.slack.Reply;

/** The export buttons of a meeting's summary: each uploads the action notes in its format. */
public final class MeetingListeners {

    private final MeetingService meetings;
    private final MeetingExports exports;
    private final Interactions interactions;

    public MeetingListeners(MeetingService meetings, MeetingExports exports, Interactions interactions) {
        this.meetings = meetings;
        this.exports = exports;
        this.interactions = interactions;
    }

    public void register(App app) {
        app.blockAction(Pattern.compile(Pattern.quote(MeetingBlocks.EXPORT_ACTION) + "\\w+"),
                (req, ctx) -> exportPressed(req.getPayload()));
    }

    private Response exportPressed(BlockActionPayload p) {
        return interactions.readingButton(p, inv -> {
            BlockActionPayload.Action pressed = p.getActions().get(0);
            ExportFormat format = ExportFormat.parse(pressed.getActionId().substring(MeetingBlocks.EXPORT_ACTION.length()))
                    .orElseThrow(() -> new IllegalArgumentException("no export format " + pressed.getActionId()));
            MeetingService.Export export = meetings.export(inv, Long.parseLong(pressed.getValue()), format);
            return Reply.afterAck(context -> exports.upload(export, Optional.empty(), inv).ifPresent(failed -> {
                try {
                    context.respond(failed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        });
    }
}
