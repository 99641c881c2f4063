package org.themebot.slack.meetings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.themebot.commands.Columns;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.SlackText;
import org.themebot.commands.WhoParser;
import org.themebot.export.ExportFormat;
import org.themebot.meetings.Attendance;
import org.themebot.meetings.MeetingService;
import org.themebot.reminders.RoundupService;
import org.themebot.slack.CommandRequest;
import org.themebot.slack.CommandTable;
import org.themebot.slack.Reply;
import org.themebot.slack.Subcommand;
import org.themebot.slack.groups.ContactNotes;

/** /meeting: its grammar (each subcommand's form, help and parser) and what each does. */
public final class MeetingCommands {

    static final String EXPORT_FORM = "/meeting export [" + Arrays.stream(ExportFormat.values())
            .map(ExportFormat::extension).collect(Collectors.joining("|")) + "] [meeting ref, e.g. M2] [me]";

    private final MeetingService meetings;
    private final RoundupService roundups;
    private final MeetingExports exports;
    private final ContactNotes contacts;
    private final Circulating circulating;
    private final Importing importing;

    public MeetingCommands(MeetingService meetings, RoundupService roundups, MeetingExports exports,
                           ContactNotes contacts, Circulating circulating, Importing importing) {
        this.meetings = meetings;
        this.roundups = roundups;
        this.exports = exports;
        this.contacts = contacts;
        this.circulating = circulating;
        this.importing = importing;
    }

    public CommandTable table() {
        return CommandTable.of("/meeting", "a sitting of the group: attendance, numbered items, notes, the action notes",
                Subcommand.changes("start", "/meeting start [date] [| title]",
                        "open a meeting (chairs and secretaries) and post the matters arising", this::start)
                        .examples("/meeting start 3 September 2008"),
                Subcommand.changes("present", "/meeting present <who>", "add people to Present",
                        request -> attendance(request, Attendance.PRESENT))
                        .examples("/meeting present @Sue Bent, June Jeffrey and @Balbir Sohal"),
                Subcommand.changes("apologies", "/meeting apologies <who>", "add people to Apologies",
                        request -> attendance(request, Attendance.APOLOGIES))
                        .examples("/meeting apologies June Morley and John Brady"),
                Subcommand.changes("item", "/meeting item <title>",
                        "the next numbered agenda item; later notes and actions go under it", this::item)
                        .examples("/meeting item Revised Terms of Reference"),
                Subcommand.changes("note", "/meeting note <text>", "discussion text under the current item",
                        request -> Reply.toTyper(MeetingBlocks.noted(meetings.note(request.invocation(),
                                SlackText.plain(request.args()).strip()))))
                        .examples("/meeting note Proposed new ToRs were circulated with the papers."),
                Subcommand.changes("next", "/meeting next <date>", "the date of the next meeting", this::next)
                        .examples("/meeting next 22 October 2008"),
                Subcommand.changes("end", "/meeting end", "close the meeting, with a summary and export buttons",
                        this::end).examples("/meeting end"),
                Subcommand.reads("export", EXPORT_FORM,
                        "the action notes as a file in the channel (default Word, latest meeting); `me`: to you alone",
                        this::export).examples("/meeting export docx", "/meeting export pdf M2 me"),
                Subcommand.reads("list", "/meeting list", "this group's meetings and their refs", request ->
                        Reply.toTyper(MeetingBlocks.list(meetings.list(request.invocation())))),
                circulating.subcommand(),
                importing.subcommand());
    }

    private Reply start(CommandRequest request) {
        Invocation inv = request.invocation();
        List<String> columns = Columns.split(request.args());
        if (columns.size() > 2) {
            throw new CommandError("Too many | columns: a meeting has a date and a title.", "");
        }
        MeetingService.Started started = meetings.start(inv, SlackText.plain(columns.get(0)).strip(),
                columns.size() > 1 ? SlackText.plain(columns.get(1)).strip() : "");
        var answers = roundups.answersBefore(started.group().id(), started.meeting().date());
        return Reply.announce(MeetingBlocks.STARTED.post(inv.workspaceId(), started.group().channelId(),
                new MeetingBlocks.MeetingStart(started, answers)).forGroup(started.group().id()));
    }

    private Reply attendance(CommandRequest request, Attendance list) {
        var changed = meetings.attend(request.invocation(), list, WhoParser.parse(request.args()));
        return Reply.toTyper(contacts.under(MeetingBlocks.attendance(changed, request.names()), changed.group().id(),
                changed.added()));
    }

    private Reply item(CommandRequest request) {
        Invocation inv = request.invocation();
        var added = meetings.item(inv, SlackText.plain(request.args()).strip());
        return Reply.announce(MeetingBlocks.ITEM.post(inv.workspaceId(), added.group().channelId(), added)
                .forGroup(added.group().id()));
    }

    private Reply next(CommandRequest request) {
        Invocation inv = request.invocation();
        var set = meetings.next(inv, SlackText.plain(request.args()).strip());
        return Reply.announce(MeetingBlocks.NEXT.post(inv.workspaceId(), set.group().channelId(), set)
                .forGroup(set.group().id()));
    }

    private Reply end(CommandRequest request) {
        if (!request.args().isBlank()) {
            throw new CommandError("/meeting end takes nothing after it.", "");
        }
        Invocation inv = request.invocation();
        var ended = meetings.end(inv);
        return Reply.announce(MeetingBlocks.ENDED.post(inv.workspaceId(), ended.group().channelId(), ended)
                .forGroup(ended.group().id()));
    }

    /** The words of /meeting export, in any order: a format, a meeting (M2 or a date), and "me". */
    private Reply export(CommandRequest request) {
        ExportFormat format = ExportFormat.DOCX;
        Optional<String> meeting = Optional.empty();
        boolean toMe = false;
        for (String word : SlackText.plain(request.args()).strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            Optional<ExportFormat> asFormat = ExportFormat.parse(word);
            if (asFormat.isPresent()) {
                format = asFormat.get();
            } else if (word.toLowerCase(Locale.ROOT).equals("me")) {
                toMe = true;
            } else if (meeting.isEmpty()) {
                meeting = Optional.of(word);
            } else {
                throw new CommandError("I could not read '" + SlackText.plain(request.args().strip()) + "'.", "");
            }
        }
        MeetingService.Export export = meetings.export(request.invocation(), format, meeting);
        String to = toMe ? request.invocation().userId() : null;
        return Reply.afterAck(context -> exports.upload(export, Optional.ofNullable(to), request.invocation())
                .ifPresent(failed -> {
                    try {
                        context.respond(failed);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
    }
}
