package org.themebot.slack.meetings;

import java.util.Optional;
import org.themebot.commands.Invocation;
import org.themebot.export.ActionNotes;
import org.themebot.meetings.MeetingService;
import org.themebot.slack.FileUploads;
import org.themebot.slack.SlackMessage;
import org.themebot.slack.UserNames;

/** Makes a meeting's action notes in a format and uploads them (after the ack: names and uploads wait on Slack). */
public final class MeetingExports {

    private final MeetingService meetings;
    private final FileUploads uploads;
    private final UserNames names;

    public MeetingExports(MeetingService meetings, FileUploads uploads, UserNames names) {
        this.meetings = meetings;
        this.uploads = uploads;
        this.names = names;
    }

    /** To the group's channel, or to one person alone; on failure, what to tell whoever asked. */
    Optional<SlackMessage> upload(MeetingService.Export export, Optional<String> toUser, Invocation inv) {
        ActionNotes notes = meetings.record(export).toActionNotes(names.in(inv.workspaceId()));
        String fileName = export.format().fileName(export.meeting().date());
        byte[] file = export.format().renderer().render(notes);
        return toUser.isPresent() ? uploads.sendTo(inv.workspaceId(), toUser.get(), fileName, notes.title(), file)
                : uploads.share(inv.workspaceId(), export.group().channelId(), fileName, notes.title(), file);
    }
}
