package org.themebot.slack.goodpractice;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.themebot.commands.Columns;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.Refs;
import org.themebot.commands.SlackText;
import org.themebot.goodpractice.Draft;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.goodpractice.SubmissionsCsv;
import org.themebot.slack.CommandRequest;
import org.themebot.slack.CommandTable;
import org.themebot.slack.FileUploads;
import org.themebot.slack.Reply;
import org.themebot.slack.SignedMetadata;
import org.themebot.slack.Subcommand;
import org.themebot.slack.UserNames;

/** /goodpractice: its grammar (each subcommand's form, help and parser) and what each does. */
public final class GoodPracticeCommands {

    static final String SUBMIT_FORM = "/goodpractice submit <title> [| <description or link> [| <strands>]]";
    /** A column that is one link as Slack sends it: {@code <https://…>} or {@code <https://…|label>}. */
    private static final Pattern LONE_LINK = Pattern.compile("(?i)<(https?://[^|>]+)(?:\\|([^>]*))?>");

    private final GoodPracticeService goodPractice;
    private final SignedMetadata metadata;
    private final FileUploads uploads;
    private final UserNames names;

    public GoodPracticeCommands(GoodPracticeService goodPractice, SignedMetadata metadata, FileUploads uploads,
                                UserNames names) {
        this.goodPractice = goodPractice;
        this.metadata = metadata;
        this.uploads = uploads;
        this.names = names;
    }

    public CommandTable table() {
        return CommandTable.of("/goodpractice",
                "examples of good practice by equality strand, from submission to the next meeting's agenda",
                Subcommand.changes("submit", SUBMIT_FORM,
                        "put forward an example of good practice; with no text a form opens", this::submit)
                        .changesWhen(args -> !args.isBlank())
                        .examples("/goodpractice submit Hate crime reporting in schools | https://example.org/toolkit "
                                + "| race, faith"),
                Subcommand.reads("list", "/goodpractice list [new|tabled|all]",
                        "this group's submissions, with a count per strand so gaps show", request -> Reply.toTyper(
                                GoodPracticeBlocks.list(goodPractice.list(request.invocation(), listing(request.args())),
                                        request.names()))).examples("/goodpractice list all"),
                Subcommand.reads("show", "/goodpractice show <ref>", "one submission in full", request ->
                        Reply.toTyper(GoodPracticeBlocks.shown(goodPractice.show(request.invocation(),
                                Refs.only(request.args(), 'G', "good-practice example")), request.names())))
                        .examples("/goodpractice show G1"),
                Subcommand.changes("table", "/goodpractice table <ref>",
                        "put it on the next meeting's agenda (chairs and secretaries)", request -> announce(request,
                                GoodPracticeBlocks.TABLED, goodPractice.table(request.invocation(), ref(request))))
                        .examples("/goodpractice table G1"),
                Subcommand.changes("withdraw", "/goodpractice withdraw <ref>", "take it back (whoever submitted it)",
                        request -> announce(request, GoodPracticeBlocks.WITHDRAWN,
                                goodPractice.withdraw(request.invocation(), ref(request))))
                        .examples("/goodpractice withdraw G2"),
                Subcommand.reads("export", "/goodpractice export",
                        "a spreadsheet (CSV) of the submissions in the channel, a column per strand", this::export));
    }

    private Reply submit(CommandRequest request) {
        Invocation inv = request.invocation();
        if (request.args().isBlank()) {
            var form = goodPractice.form(inv);
            String signed = metadata.sign(inv.channelId(), inv.workspaceId(), inv.userId());
            return Reply.afterAck(context -> context.openModal(GoodPracticeModal.view(form, signed)));
        }
        var submitted = goodPractice.submit(inv, draft(request.args()));
        return Reply.announce(GoodPracticeBlocks.SUBMITTED.post(inv.workspaceId(), inv.channelId(), submitted)
                .forGroup(submitted.group().id()));
    }

    /** The command's escaped text as a draft: a title, then a description or a link, then strands. */
    public static Draft draft(String escaped) {
        List<String> columns = Columns.split(escaped);
        if (columns.size() > 3) {
            throw new CommandError("Too many | columns: good practice has a title, a description or link, and strands.",
                    "");
        }
        String description = "";
        String link = "";
        if (columns.size() > 1) {
            Matcher lone = LONE_LINK.matcher(columns.get(1));
            String plain = SlackText.plain(columns.get(1)).strip();
            if (lone.matches()) {
                link = SlackText.plain(lone.group(1));
                String label = lone.group(2) == null ? "" : SlackText.plain(lone.group(2)).strip();
                description = link.contains(label) ? "" : label; // a label that only repeats the address adds nothing
            } else if (Draft.URL.matcher(plain).matches()) {
                link = plain;
            } else {
                description = plain;
            }
        }
        String strands = columns.size() > 2 ? SlackText.plain(columns.get(2)) : "";
        return new Draft(SlackText.plain(columns.get(0)), description, link, strands, "", "");
    }

    public static GoodPracticeService.Listing listing(String escaped) {
        return switch (escaped.strip().toLowerCase(Locale.ROOT)) {
            case "" -> GoodPracticeService.Listing.NEW_AND_TABLED;
            case "new" -> GoodPracticeService.Listing.NEW;
            case "tabled" -> GoodPracticeService.Listing.TABLED;
            case "all" -> GoodPracticeService.Listing.ALL;
            default -> throw new CommandError("I don't know the list '" + SlackText.plain(escaped.strip()) + "'.", "");
        };
    }

    private Reply export(CommandRequest request) {
        if (!request.args().isBlank()) {
            throw new CommandError("/goodpractice export takes nothing after it.", "");
        }
        Invocation inv = request.invocation();
        var export = goodPractice.export(inv);
        return Reply.afterAck(context -> uploads.share(inv.workspaceId(), export.group().channelId(), export.fileName(),
                "Good practice of the " + export.group().name(),
                SubmissionsCsv.render(export, names.in(inv.workspaceId()))).ifPresent(failed -> {
                    try {
                        context.respond(failed);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
    }

    private static Reply announce(CommandRequest request,
                                  org.themebot.slack.MessageKind<GoodPracticeBlocks.SubmissionChange> kind,
                                  GoodPracticeService.Changed changed) {
        Invocation inv = request.invocation();
        return Reply.announce(kind.post(inv.workspaceId(), changed.group().channelId(),
                new GoodPracticeBlocks.SubmissionChange(changed, inv.userId())).forGroup(changed.group().id()));
    }

    private static int ref(CommandRequest request) {
        return Refs.only(request.args(), 'G', "good-practice example");
    }
}
