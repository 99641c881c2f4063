package org.themebot.slack.partnership;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.SlackText;
import org.themebot.groups.GroupService;
import org.themebot.partnership.BoardReport;
import org.themebot.partnership.PartnershipService;
import org.themebot.plans.AnnualReportDocument;
import org.themebot.plans.CombinedAnnualReport;
import org.themebot.plans.DocumentFormat;
import org.themebot.slack.CommandRequest;
import org.themebot.slack.CommandTable;
import org.themebot.slack.Reply;
import org.themebot.slack.Subcommand;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.slack.plans.DocumentUploads;

/** /partnership: its grammar (each subcommand's form, help and parser) and what each does. */
public final class PartnershipCommands {

    /** A channel as Slack sends it in escaped command text: {@code <#C123|name>} or {@code <#C123>}. */
    private static final Pattern CHANNEL = Pattern.compile("<#([CG][A-Z0-9]+)(?:\\|[^>]*)?>");

    private final PartnershipService partnerships;
    private final DocumentUploads documents;

    public PartnershipCommands(PartnershipService partnerships, DocumentUploads documents) {
        this.partnerships = partnerships;
        this.documents = documents;
    }

    public CommandTable table() {
        return CommandTable.of("/partnership",
                "a partnership board over several theme groups: one view across them, and a monthly report",
                Subcommand.changes("setup", "/partnership setup <name> [chair <@person>] [secretary <@person>]",
                        "make this channel a partnership's board channel, or rename it or change its officers",
                        this::setup).examples("/partnership setup Sheffield First Partnership secretary @Debbie Briggs"),
                Subcommand.changes("invite", "/partnership invite #channel",
                        "invite that channel's theme group; its chair or secretary accepts with a button there",
                        this::invite).examples("/partnership invite #equalities"),
                Subcommand.changes("leave", "/partnership leave",
                        "take this channel's theme group out of its partnership (its chairs and secretaries)",
                        this::leave).examples("/partnership leave"),
                Subcommand.reads("show", "/partnership show",
                        "each member group's figures, and good practice by strand across them with the gaps",
                        this::show).examples("/partnership show"),
                Subcommand.changes("report", "/partnership report now|off|monthly|<period> [docx|pdf]",
                        "the board report: here at once, or on the first working day of each month at 09:00; "
                                + "or the annual report of the member groups for a period, as a file here",
                        this::report).changesWhen(PartnershipCommands::notAPeriod)
                        .examples("/partnership report monthly", "/partnership report now",
                                "/partnership report 2008/09"),
                Subcommand.reads("export", "/partnership export [docx|pdf|xlsx]",
                        "the full board report as a file in the board channel (default Word)", this::export)
                        .examples("/partnership export docx"));
    }

    private Reply setup(CommandRequest request) {
        // The name comes first, then the same chair/secretary words as /themegroup setup.
        GroupService.SetupRequest typed = GroupCommands.setupRequest("name " + request.args());
        return Reply.toTyper(PartnershipBlocks.setUp(partnerships.setup(request.invocation(),
                typed.name().orElse(""), typed.chairs().orElse(List.of()), typed.secretaries().orElse(List.of()))));
    }

    private Reply invite(CommandRequest request) {
        Invocation inv = request.invocation();
        PartnershipService.Invited invited = partnerships.invite(inv, channel(request.args()));
        return Reply.announce(PartnershipBlocks.INVITED.post(inv.workspaceId(), invited.group().channelId(), invited)
                .forGroup(invited.group().id())).withTyper(PartnershipBlocks.inviteSent(invited));
    }

    /** The channel of /partnership invite, as Slack links it. */
    static String channel(String escaped) {
        Matcher m = CHANNEL.matcher(escaped.strip());
        if (!m.matches()) {
            throw new CommandError("Name the group's channel as a link: type # and pick it.", "");
        }
        return m.group(1);
    }

    private Reply leave(CommandRequest request) {
        if (!request.args().isBlank()) {
            throw new CommandError("/partnership leave takes nothing after it.", "");
        }
        Invocation inv = request.invocation();
        PartnershipService.Answered left = partnerships.leave(inv);
        return Reply.announce(PartnershipBlocks.ANSWERED.post(inv.workspaceId(), left.partnership().channelId(),
                new PartnershipBlocks.Answer(left, inv.userId()))).withTyper(PartnershipBlocks.left(left));
    }

    private Reply show(CommandRequest request) {
        return Reply.toTyper(PartnershipBlocks.report(partnerships.show(request.invocation()), true));
    }

    private Reply report(CommandRequest request) {
        Invocation inv = request.invocation();
        return switch (SlackText.plain(request.args()).strip().toLowerCase(Locale.ROOT)) {
            case "now" -> {
                BoardReport report = partnerships.reportNow(inv);
                yield Reply.announce(PartnershipBlocks.REPORT.post(inv.workspaceId(), inv.channelId(), report));
            }
            case "monthly" -> Reply.toTyper(PartnershipBlocks.scheduled(partnerships.setMonthlyReport(inv, true)));
            case "off" -> Reply.toTyper(PartnershipBlocks.scheduled(partnerships.setMonthlyReport(inv, false)));
            case "" -> throw new CommandError("Say now, monthly, off, or the period of an annual report.", "");
            default -> annualReport(inv, request.args());
        };
    }

    /** now queues a message and monthly or off change the schedule; a period only reads, for a file. */
    private static boolean notAPeriod(String escaped) {
        return List.of("now", "monthly", "off").contains(SlackText.plain(escaped).strip().toLowerCase(Locale.ROOT));
    }

    private Reply annualReport(Invocation inv, String escaped) {
        DocumentUploads.PeriodAndFormat typed = DocumentUploads.periodAndFormat(escaped, AnnualReportDocument.FORMATS);
        PartnershipService.AnnualData data = partnerships.annualReport(inv, typed.period());
        return documents.toChannel(inv, data.partnership().channelId(), names -> {
            CombinedAnnualReport report = data.toReport(names);
            return new DocumentUploads.File(data.fileName(typed.format()), report.title(),
                    AnnualReportDocument.render(report, typed.format()));
        });
    }

    private Reply export(CommandRequest request) {
        DocumentFormat format = DocumentUploads.format(request.args(), BoardReport.FORMATS, "the board report");
        Invocation inv = request.invocation();
        PartnershipService.Export export = partnerships.export(inv);
        return documents.toChannel(inv, export.partnership().channelId(), names -> new DocumentUploads.File(
                export.fileName(format), export.report().title(), export.report().render(format)));
    }
}
