package org.themebot.meetings;

import java.util.List;
import org.themebot.commands.Columns;
import org.themebot.commands.Invocation;
import org.themebot.commands.SlackText;
import org.themebot.commands.WhoParser;

/** The meeting service driven with /meeting's text, read the way its grammar reads it, then one typed call. */
public final class MeetingAsCommands {

    private final MeetingService meetings;

    public MeetingAsCommands(MeetingService meetings) {
        this.meetings = meetings;
    }

    public MeetingService service() {
        return meetings;
    }

    /** {@code date [| title]}. */
    public MeetingService.Started start(Invocation inv, String text) {
        List<String> columns = Columns.split(text);
        return meetings.start(inv, SlackText.plain(columns.get(0)).strip(),
                columns.size() > 1 ? SlackText.plain(columns.get(1)).strip() : "");
    }

    public MeetingService.AttendanceChanged attend(Invocation inv, Attendance list, String text) {
        return meetings.attend(inv, list, WhoParser.parse(text));
    }

    public MeetingService.ItemAdded item(Invocation inv, String text) {
        return meetings.item(inv, SlackText.plain(text).strip());
    }

    public MeetingService.NoteAdded note(Invocation inv, String text) {
        return meetings.note(inv, SlackText.plain(text).strip());
    }

    public MeetingService.NextSet next(Invocation inv, String text) {
        return meetings.next(inv, SlackText.plain(text).strip());
    }

    public MeetingService.Ended end(Invocation inv) {
        return meetings.end(inv);
    }
}
