package org.themebot.slack.groups;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.SlackText;
import org.themebot.commands.WhoParser;
import org.themebot.goodpractice.GoodPracticeSettingsService;
import org.themebot.groups.GroupService;
import org.themebot.people.Who;
import org.themebot.plans.PlanService;
import org.themebot.reminders.DigestService;
import org.themebot.reminders.ScheduleService;
import org.themebot.reminders.WeeklyTime;
import org.themebot.slack.CommandRequest;
import org.themebot.slack.CommandTable;
import org.themebot.slack.Replies;
import org.themebot.slack.Reply;
import org.themebot.slack.Subcommand;
import org.themebot.slack.goodpractice.GoodPracticeBlocks;
import org.themebot.slack.plans.PlanBlocks;
import org.themebot.slack.plans.PlanCommands;

/** /themegroup: a channel's theme group and its settings: grammar, help and what each subcommand does. */
public final class GroupCommands {

    /**
     * Where a part of the setup text starts: "name" first or after a mention; "chair" and
     * "secretary" only before an @mention (they must be Slack users). So a name may contain
     * those words ("Chair of Chairs", "Secretary of State Liaison").
     */
    private static final Pattern SETUP_KEYWORD = Pattern.compile(
            "(?i)(?:^|(?<=>)\\s*)(name)(?=\\s|$)|(?:^|\\s)(chairs?|secretar(?:y|ies))(?=\\s+<@)");
    private static final Pattern REMINDERS = Pattern.compile("(?i)(\\d{1,3})(?:\\s+at\\s+(\\S+))?");
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");
    private static final Pattern PROXY = Pattern.compile("(?s)(.+?)\\s+(?:<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>|(?i:(off)))");

    private final GroupService groups;
    private final ScheduleService schedules;
    private final DigestService digests;
    private final GoodPracticeSettingsService goodPractice;
    private final PlanService plans;
    private final MailCommands mail;

    public GroupCommands(GroupService groups, ScheduleService schedules, DigestService digests,
                         GoodPracticeSettingsService goodPractice, PlanService plans, MailCommands mail) {
        this.groups = groups;
        this.schedules = schedules;
        this.digests = digests;
        this.goodPractice = goodPractice;
        this.plans = plans;
        this.mail = mail;
    }

    public CommandTable table() {
        return CommandTable.of("/themegroup", "this channel's theme group: who chairs and minutes it, and its settings",
                Subcommand.changes("setup", "/themegroup setup [name <name>] [chair <@person>] [secretary <@person>]",
                        "make this channel a theme group's home, or change its name, chair or secretary",
                        request -> Reply.toTyper(GroupBlocks.setUp(groups.setup(request.invocation(),
                                setupRequest(request.args())))))
                        .examples("/themegroup setup name Equalities and Communities Theme Group chair @Sue Bent "
                                + "secretary @Debbie Briggs"),
                Subcommand.reads("show", "/themegroup show", "the group's name, officers and settings", this::show),
                Subcommand.changes("timezone", "/themegroup timezone <IANA zone>",
                        "the zone due dates, reminders and the digest keep", request -> Reply.toTyper(
                                GroupBlocks.timeZone(groups.setTimeZone(request.invocation(),
                                        SlackText.plain(request.args())))))
                        .examples("/themegroup timezone Europe/London"),
                Subcommand.changes("reminders", "/themegroup reminders <days before due, 0 for none> [at HH:MM]",
                        "when owners are reminded by DM (default 2 days before, at 09:00)", this::reminders)
                        .examples("/themegroup reminders 3 at 08:30"),
                Subcommand.changes("digest", "/themegroup digest <weekday> <HH:MM> [channel] [email] | off | now | email [off]",
                        "the chairs' weekly digest; `channel` posts it here too; `now` sends one at once; `email`: "
                                + "you (a chair) get it by e-mail too", this::digest)
                        .examples("/themegroup digest monday 09:00", "/themegroup digest now", "/themegroup digest email"),
                Subcommand.changes("proxy", "/themegroup proxy <name of someone outside Slack> <@person> | <name> off",
                        "a member who gets the reminders of an owner outside Slack", this::proxy)
                        .examples("/themegroup proxy Cllr Kevin Foster @Debbie Briggs"),
                Subcommand.changes("roundup", "/themegroup roundup <days before the next meeting> | off",
                        "the owners' status round-up before each meeting (default 3 days before)", this::roundup)
                        .examples("/themegroup roundup 3"),
                Subcommand.changes("strands", "/themegroup strands <comma list> | default",
                        "the equality strands good practice is counted by", request -> Reply.toTyper(
                                GoodPracticeBlocks.settingsChanged(goodPractice.setStrands(request.invocation(),
                                        SlackText.plain(request.args())))))
                        .examples("/themegroup strands race, disability, religion, sexual orientation, gender, age"),
                Subcommand.changes("principles", "/themegroup principles <comma list> | none",
                        "the group's guiding principles, which good practice may illustrate", request ->
                                Reply.toTyper(GoodPracticeBlocks.settingsChanged(goodPractice.setPrinciples(
                                        request.invocation(), SlackText.plain(request.args())))))
                        .examples("/themegroup principles Fairness, Inclusion and respect"),
                Subcommand.changes("plan-review", "/themegroup plan-review every|quarterly|off",
                        "which plan objectives each meeting lists for review (default: every open one)", request ->
                                Reply.toTyper(PlanBlocks.cadenceSet(plans.setReviewCadence(request.invocation(),
                                        PlanCommands.cadence(request.args())))))
                        .examples("/themegroup plan-review quarterly"),
                mail.contact(), mail.contacts());
    }

    private Reply show(CommandRequest request) {
        Invocation inv = request.invocation();
        var scheduled = schedules.show(groups.show(inv));
        var settings = goodPractice.of(scheduled.group());
        return Reply.toTyper(GroupBlocks.show(scheduled, inv.at(), GoodPracticeBlocks.settings(settings)));
    }

    private Reply reminders(CommandRequest request) {
        Reminders reminders = reminders(request.args());
        return scheduleChanged(request, schedules.reminders(request.invocation(), reminders.daysBefore(),
                reminders.at()));
    }

    /** What /themegroup reminders says: days before the due date, and perhaps the time. */
    public record Reminders(int daysBefore, Optional<LocalTime> at) {
    }

    /** The text of /themegroup reminders: {@code 3} or {@code 3 at 08:30}. */
    public static Reminders reminders(String escaped) {
        Matcher m = REMINDERS.matcher(escaped.strip());
        if (!m.matches()) {
            throw new CommandError("Say how many days before the due date, and optionally the time.", "");
        }
        return new Reminders(Integer.parseInt(m.group(1)), Optional.ofNullable(m.group(2)).map(GroupCommands::time));
    }

    private Reply digest(CommandRequest request) {
        Invocation inv = request.invocation();
        if (request.args().strip().equalsIgnoreCase("now")) {
            return Reply.toTyper(GroupBlocks.digestSent(digests.sendNow(inv)));
        }
        MailCommands.DigestText typed = MailCommands.digestText(request.args());
        if (typed.byMail().isPresent() && typed.schedule().isEmpty()) {
            return Reply.toTyper(Replies.text(mail.digestByMail(request, typed.byMail().get())));
        }
        Reply changed = scheduleChanged(request, schedules.digest(inv, digestSchedule(typed.schedule())));
        return typed.byMail().map(on -> changed.withTyper(ContactBlocks.withNote(changed.toTyper().orElseThrow(),
                Optional.of(mail.digestByMail(request, on))))).orElse(changed);
    }

    /** The text of /themegroup digest other than {@code now}: {@code monday 09:00 [channel]}, or {@code off}. */
    public static Optional<ScheduleService.DigestSchedule> digestSchedule(String escaped) {
        String[] words = escaped.strip().split("\\s+");
        if (words.length == 1 && words[0].equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        if (words.length < 2 || words.length > 3) {
            throw new CommandError("Say the weekday and time, `off`, or `now`.", "");
        }
        WeeklyTime when = new WeeklyTime(weekday(words[0]), time(words[1]));
        boolean toChannel = words.length == 3;
        if (toChannel && !words[2].equalsIgnoreCase("channel")) {
            throw new CommandError("After the time only `channel` may follow (to post the digest here too).", "");
        }
        return Optional.of(new ScheduleService.DigestSchedule(when, toChannel));
    }

    private Reply proxy(CommandRequest request) {
        Proxy proxy = proxy(request.args());
        return scheduleChanged(request, schedules.proxy(request.invocation(), proxy.name(), proxy.userId()));
    }

    /** What /themegroup proxy says: an owner outside Slack, and who takes their reminders (none: off). */
    public record Proxy(String name, Optional<String> userId) {
    }

    /** The text of /themegroup proxy: {@code Cllr Kevin Foster <@U1|debbie>} or {@code Cllr Kevin Foster off}. */
    public static Proxy proxy(String escaped) {
        Matcher m = PROXY.matcher(escaped.strip());
        if (!m.matches() || m.group(1).contains("<@")) {
            throw new CommandError("Give the owner's name as written in actions (not an @mention), then the "
                    + "@person who gets their reminders (or `off`).", "");
        }
        return new Proxy(SlackText.plain(m.group(1)), Optional.ofNullable(m.group(2)));
    }

    private Reply roundup(CommandRequest request) {
        return scheduleChanged(request, schedules.roundup(request.invocation(), roundupDays(request.args())));
    }

    /** The text of /themegroup roundup: a number of days, or {@code off} (empty). */
    public static Optional<Integer> roundupDays(String escaped) {
        String text = escaped.strip().toLowerCase(Locale.ROOT);
        if (!text.equals("off") && !text.matches("\\d{1,2}")) {
            throw new CommandError("Say how many days before the next meeting, or `off`.", "");
        }
        return text.equals("off") ? Optional.empty() : Optional.of(Integer.valueOf(text));
    }

    private static Reply scheduleChanged(CommandRequest request, ScheduleService.Scheduled scheduled) {
        return Reply.toTyper(GroupBlocks.scheduleChanged(scheduled, request.invocation().at()));
    }

    /** name/chair/secretary parts of the setup text; anything before the first keyword is an error. */
    public static GroupService.SetupRequest setupRequest(String escaped) {
        Map<String, String> parts = new LinkedHashMap<>();
        String text = escaped.strip();
        if (text.isEmpty()) {
            return GroupService.SetupRequest.NOTHING;
        }
        Matcher m = SETUP_KEYWORD.matcher(text);
        List<int[]> marks = new ArrayList<>();
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            marks.add(new int[] {m.start(group), m.end(group)});
        }
        if (marks.isEmpty() || !text.substring(0, marks.get(0)[0]).isBlank()) {
            throw new CommandError("I could not read '" + SlackText.plain(text)
                    + "' (chair and secretary are @mentions).", "");
        }
        for (int i = 0; i < marks.size(); i++) {
            String keyword = text.substring(marks.get(i)[0], marks.get(i)[1]).toLowerCase(Locale.ROOT);
            String key = keyword.startsWith("name") ? "name" : keyword.startsWith("chair") ? "chair" : "secretary";
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            if (parts.put(key, text.substring(marks.get(i)[1], end).strip()) != null) {
                throw new CommandError("Give the " + key + " once.", "");
            }
        }
        return new GroupService.SetupRequest(
                Optional.ofNullable(parts.get("name")).map(SlackText::plain),
                Optional.ofNullable(parts.get("chair")).map(t -> slackUsers("chair", t)),
                Optional.ofNullable(parts.get("secretary")).map(t -> slackUsers("secretary", t)));
    }

    private static List<String> slackUsers(String role, String escaped) {
        List<Who> people = WhoParser.parse(escaped);
        if (people.isEmpty()) {
            throw new CommandError("Name the " + role + " with an @mention.", "");
        }
        List<String> ids = new ArrayList<>();
        for (Who who : people) {
            if (!(who instanceof Who.SlackUser user)) {
                throw new CommandError("The " + role + " must be a Slack user, @mentioned (not '"
                        + (who instanceof Who.Named n ? n.name() : "ALL") + "').", "");
            }
            ids.add(user.userId());
        }
        return ids;
    }

    static LocalTime time(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            throw new CommandError("'" + SlackText.plain(text) + "' is not a time like 09:00 (24-hour clock).", "");
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    static DayOfWeek weekday(String text) {
        String word = text.toLowerCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values())
                .filter(d -> word.length() >= 3 && d.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT)
                        .startsWith(word))
                .findFirst()
                .orElseThrow(() -> new CommandError("'" + SlackText.plain(text)
                        + "' is not a weekday (Monday … Sunday).", ""));
    }
}
