package org.themebot.slack.plans;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.themebot.commands.Columns;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.Refs;
import org.themebot.commands.SlackText;
import org.themebot.commands.WhoParser;
import org.themebot.plans.ActionPlan;
import org.themebot.plans.AnnualReport;
import org.themebot.plans.AnnualReportDocument;
import org.themebot.plans.AnnualReports;
import org.themebot.plans.DocumentFormat;
import org.themebot.plans.PlanDraft;
import org.themebot.plans.PlanFilter;
import org.themebot.plans.PlanService;
import org.themebot.plans.PlanStatus;
import org.themebot.plans.ReviewCadence;
import org.themebot.slack.CommandRequest;
import org.themebot.slack.CommandTable;
import org.themebot.slack.Reply;
import org.themebot.slack.SignedMetadata;
import org.themebot.slack.Subcommand;

/** /plan: its grammar (each subcommand's form, help and parser) and what each does. */
public final class PlanCommands {

    private static final String OBJECTIVE = "plan objective";
    private static final Pattern MEASURED = Pattern.compile("(\\d{1,3})\\s+(done|not done|undone)");

    private final PlanService plans;
    private final AnnualReports reports;
    private final SignedMetadata metadata;
    private final DocumentUploads documents;
    private final PlanImporting importing;

    public PlanCommands(PlanService plans, AnnualReports reports, SignedMetadata metadata, DocumentUploads documents,
                        PlanImporting importing) {
        this.plans = plans;
        this.reports = reports;
        this.metadata = metadata;
        this.documents = documents;
        this.importing = importing;
    }

    public CommandTable table() {
        return CommandTable.of("/plan", "the group's action plan: objectives reviewed at each meeting, and the annual report",
                Subcommand.changes("add", "/plan add [<objective> | <lead> | <timescale>]",
                        "add an objective (chairs and secretaries); with no text the five-column form opens", this::add)
                        .changesWhen(args -> !args.isBlank())
                        .examples("/plan add Hate crime reporting centres in every ward | @Sue Bent | April 2008 – March 2010"),
                Subcommand.reads("list", "/plan list [all|at-risk|due]",
                        "the open objectives, or all, those at risk, those due for review", request -> Reply.toTyper(
                                PlanBlocks.list(plans.list(request.invocation(), filter(request.args())),
                                        request.names()))).examples("/plan list at-risk"),
                Subcommand.reads("show", "/plan show <ref>",
                        "an objective in full: its five columns, its reviews and the actions serving it", request ->
                                Reply.toTyper(PlanBlocks.shown(plans.show(request.invocation(), only(request)),
                                        request.names()))).examples("/plan show P2"),
                Subcommand.changes("status", "/plan status <ref> on-track|at-risk|achieved|dropped [comment]",
                        "say where an objective stands (chairs and secretaries)", this::status)
                        .examples("/plan status P2 at-risk funding not confirmed"),
                Subcommand.changes("review", "/plan review <ref> <comment>",
                        "a dated review comment, by anyone in the group; during a meeting it goes into its notes too",
                        this::review).examples("/plan review P2 Two centres open, a third in January"),
                Subcommand.changes("measure", "/plan measure <ref> <n> done",
                        "tick measurable n of an objective (`not done` unticks it)", this::measure)
                        .examples("/plan measure P2 1 done"),
                Subcommand.reads("edit", "/plan edit <ref>", "the five-column form again, filled in (chairs and secretaries)",
                        this::edit).examples("/plan edit P2"),
                Subcommand.reads("export", "/plan export [docx|pdf|xlsx|md]",
                        "the plan in its five columns as a file in the channel (default Word)", this::export)
                        .examples("/plan export docx", "/plan export pdf"),
                importing.subcommand(),
                Subcommand.reads("report", "/plan report <period> [docx|pdf]",
                        "the annual report for a UK financial year or any range, as a file in the channel (default Word)",
                        this::report).examples("/plan report 2008/09", "/plan report April 2008 – September 2008 pdf"));
    }

    private Reply add(CommandRequest request) {
        Invocation inv = request.invocation();
        if (request.args().isBlank()) {
            plans.addForm(inv);
            String signed = metadata.sign(new PlanModal.Target(inv.channelId(), Optional.empty()).value(),
                    inv.workspaceId(), inv.userId());
            return Reply.afterAck(context -> context.openModal(PlanModal.view(signed, Optional.empty())));
        }
        return announce(inv, plans.add(inv, draft(request.args())), PlanBlocks.Change.ADDED);
    }

    /** The columns of /plan add: objective | lead | timescale, in Slack's escaped form. */
    static PlanDraft draft(String escaped) {
        List<String> columns = Columns.split(escaped);
        if (columns.size() > 3) {
            throw new CommandError("Too many | columns: the quick form has an objective, a lead and a timescale; "
                    + "/plan add with no text opens the form with all five columns.", "");
        }
        return PlanDraft.quick(SlackText.plain(columns.get(0)).strip(),
                columns.size() > 1 ? WhoParser.parse(columns.get(1)) : List.of(),
                columns.size() > 2 ? SlackText.plain(columns.get(2)).strip() : "");
    }

    static PlanFilter filter(String escaped) {
        return PlanFilter.parse(SlackText.plain(escaped)).orElseThrow(() ->
                new CommandError("I don't know the list '" + SlackText.plain(escaped.strip()) + "'.", ""));
    }

    private Reply status(CommandRequest request) {
        Refs.RefAndRest ref = ref(request);
        StatusTyped typed = status(SlackText.plain(ref.rest()).strip());
        return announce(request.invocation(), plans.status(request.invocation(), ref.number(), typed.status(),
                typed.comment()), PlanBlocks.Change.STATUS);
    }

    /** A status and the comment after it. */
    record StatusTyped(PlanStatus status, Optional<String> comment) {
    }

    /** "at-risk funding not confirmed"; "on track" and "at risk" may be typed with a space, as they are shown. */
    static StatusTyped status(String plain) {
        String[] words = plain.split("\\s+", 3);
        int used = words.length > 1 && PlanStatus.parse(words[0] + "-" + words[1]).isPresent() ? 2 : 1;
        PlanStatus status = PlanStatus.parse(used == 2 ? words[0] + "-" + words[1] : words[0]).orElseThrow(() ->
                new CommandError("Say on-track, at-risk, achieved or dropped after the ref.", ""));
        String[] parts = plain.split("\\s+", used + 1);
        return new StatusTyped(status, Optional.of(parts.length > used ? parts[used] : "").filter(c -> !c.isBlank()));
    }

    private Reply review(CommandRequest request) {
        Refs.RefAndRest ref = ref(request);
        Invocation inv = request.invocation();
        PlanService.Reviewed reviewed = plans.review(inv, ref.number(), SlackText.plain(ref.rest()));
        return Reply.announce(PlanBlocks.REVIEWED.post(inv.workspaceId(), reviewed.group().channelId(), reviewed)
                .forGroup(reviewed.group().id()));
    }

    private Reply measure(CommandRequest request) {
        Refs.RefAndRest ref = ref(request);
        Matcher m = MEASURED.matcher(SlackText.plain(ref.rest()).strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandError("Say which measurable, by its number, and `done` (or `not done`).", "");
        }
        Invocation inv = request.invocation();
        return announce(inv, plans.measure(inv, ref.number(), Integer.parseInt(m.group(1)), m.group(2).equals("done")),
                PlanBlocks.Change.MEASURED);
    }

    private Reply edit(CommandRequest request) {
        Invocation inv = request.invocation();
        PlanService.Changed found = plans.editForm(inv, only(request));
        String signed = metadata.sign(new PlanModal.Target(inv.channelId(), Optional.of(found.item().number())).value(),
                inv.workspaceId(), inv.userId());
        return Reply.afterAck(context -> context.openModal(PlanModal.view(signed, Optional.of(found.item()))));
    }

    private Reply export(CommandRequest request) {
        DocumentFormat format = DocumentUploads.format(request.args(), ActionPlan.FORMATS, "the plan");
        Invocation inv = request.invocation();
        PlanService.PlanExport export = plans.export(inv);
        return documents.toChannel(inv, export.group().channelId(), names -> {
            ActionPlan plan = export.toActionPlan(names);
            return new DocumentUploads.File(export.fileName(format), plan.title(), plan.render(format));
        });
    }

    private Reply report(CommandRequest request) {
        Invocation inv = request.invocation();
        DocumentUploads.PeriodAndFormat typed = DocumentUploads.periodAndFormat(request.args(),
                AnnualReportDocument.FORMATS);
        AnnualReports.ReportData data = reports.report(inv, typed.period());
        return documents.toChannel(inv, data.group().channelId(), names -> {
            AnnualReport report = data.toReport(names);
            return new DocumentUploads.File(data.fileName(typed.format()), report.title(),
                    AnnualReportDocument.render(report, typed.format()));
        });
    }

    /** The words of /themegroup plan-review: every, quarterly or off. */
    public static ReviewCadence cadence(String escaped) {
        return ReviewCadence.parse(SlackText.plain(escaped)).orElseThrow(() ->
                new CommandError("Say every, quarterly or off.", ""));
    }

    /** A change the group follows along with: posted in its channel. */
    static Reply announce(Invocation inv, PlanService.Changed changed, PlanBlocks.Change change) {
        return Reply.announce(PlanBlocks.CHANGED.post(inv.workspaceId(), changed.group().channelId(),
                new PlanBlocks.PlanChange(changed, inv.userId(), change)).forGroup(changed.group().id()));
    }

    private static Refs.RefAndRest ref(CommandRequest request) {
        return Refs.read(request.args(), 'P', OBJECTIVE);
    }

    private static int only(CommandRequest request) {
        return Refs.only(request.args(), 'P', OBJECTIVE);
    }

}
