package org.themebot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.export.ActionNotes;
import org.themebot.export.ExportFormat;
import org.themebot.meetings.Attendance;
import org.themebot.meetings.MeetingService;
import org.themebot.people.Names;
import org.themebot.reminders.RoundupService;

/** /meeting, and the export buttons of a meeting's summary. */
final class MeetingListeners {

    private static final Logger log = LoggerFactory.getLogger(MeetingListeners.class);

    private final MeetingService meetings;
    private final FileUploads uploads;

    private MeetingListeners(MeetingService meetings, FileUploads uploads) {
        this.meetings = meetings;
        this.uploads = uploads;
    }

    static void register(App app, SlashCommands commands, MeetingService meetings, RoundupService roundups,
                         FileUploads uploads, UserNames names, ExecutorService afterAck, Clock clock) {
        MeetingListeners listeners = new MeetingListeners(meetings, uploads);
        commands.register(app, "/meeting", Map.of(
                "start", (inv, args) -> {
                    var started = meetings.start(inv, args);
                    var answers = roundups.answersBefore(started.group().id(), started.meeting().date());
                    return reply -> reply.toChannel(MeetingBlocks.started(started, answers, reply.names()));
                },
                "present", (inv, args) -> listeners.attendance(inv, Attendance.PRESENT, args),
                "apologies", (inv, args) -> listeners.attendance(inv, Attendance.APOLOGIES, args),
                "item", (inv, args) -> {
                    var added = meetings.item(inv, args);
                    return reply -> reply.toChannel(MeetingBlocks.item(added));
                },
                "note", (inv, args) -> {
                    var noted = meetings.note(inv, args);
                    return reply -> reply.toTyper(MeetingBlocks.noted(noted));
                },
                "next", (inv, args) -> {
                    var set = meetings.next(inv, args);
                    return reply -> reply.toChannel(MeetingBlocks.next(set));
                },
                "end", (inv, args) -> {
                    var ended = meetings.end(inv, args);
                    return reply -> reply.toChannel(MeetingBlocks.ended(ended, reply.names()));
                },
                "export", (inv, args) -> {
                    var export = meetings.export(inv, args);
                    return reply -> reply.toTyper(listeners.upload(export, reply.names()));
                },
                "list", (inv, args) -> {
                    var listed = meetings.list(inv);
                    return reply -> reply.toTyper(MeetingBlocks.list(listed));
                }), Help.forCommand("/meeting"));

        app.blockAction(Pattern.compile(Pattern.quote(MeetingBlocks.EXPORT_ACTION) + "\\w+"), (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            BlockActionPayload.Action pressed = p.getActions().get(0);
            ExportFormat format = ExportFormat.parse(pressed.getActionId().substring(MeetingBlocks.EXPORT_ACTION.length()))
                    .orElse(ExportFormat.DOCX);
            Invocation inv = new Invocation(p.getTeam().getId(), p.getChannel().getId(), p.getChannel().getName(),
                    p.getUser().getId(), clock.instant());
            afterAck.submit(() -> {
                SlackMessage answer;
                try {
                    var export = meetings.export(inv, Long.parseLong(pressed.getValue()), format);
                    answer = listeners.upload(export, names.in(inv.workspaceId()));
                } catch (CommandError e) {
                    answer = Replies.error(e);
                } catch (RuntimeException e) {
                    log.error("export button failed", e);
                    answer = Replies.text(":x: The export failed on my side; please try again.");
                }
                try {
                    ctx.respond(ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
                            .text(answer.text()).blocks(answer.blocks()).build());
                } catch (Exception e) {
                    log.warn("could not answer the export button: {}", e.getMessage());
                }
            });
            return ctx.ack();
        });
    }

    private SlashCommands.AfterAck attendance(Invocation inv, Attendance list, String args) {
        var changed = meetings.attend(inv, list, args);
        return reply -> reply.toTyper(MeetingBlocks.attendance(changed, reply.names()));
    }

    /** Builds the action notes, renders the format and uploads it to the group's channel; says how it went. */
    private SlackMessage upload(MeetingService.Export export, Names names) {
        ActionNotes notes = meetings.record(export).toActionNotes(names);
        return uploads.share(export.group().channelId(), export.format().fileName(export.meeting().date()), notes.title(),
                export.format().renderer().render(notes));
    }
}
