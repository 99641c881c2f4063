package org.themebot.reminders;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.SlackText;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Who;

/** /themegroup reminders, digest, proxy and roundup: when a group's reminders and digests go out. */
public final class ScheduleService {

    public static final String REMINDERS_FORM = "/themegroup reminders <days before due, 0 for none> [at HH:MM]";
    public static final String DIGEST_FORM = "/themegroup digest <weekday> <HH:MM> [channel] | off | now";
    public static final String PROXY_FORM = "/themegroup proxy <name of someone outside Slack> <@person> | <name> off";
    public static final String ROUNDUP_FORM = "/themegroup roundup <days before the next meeting> | off";

    static final int MAX_DAYS_BEFORE = 28;
    static final int SNOOZE_DAYS = 7;
    /** The chairs' roll-up goes the day before the meeting, so owners need at least a day to answer. */
    static final int MIN_ROUNDUP_DAYS = RoundupService.ROLLUP_DAYS_BEFORE + 1;
    private static final Pattern REMINDERS = Pattern.compile("(?i)(\\d{1,3})(?:\\s+at\\s+(\\S+))?");
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");
    private static final Pattern PROXY = Pattern.compile("(?s)(.+?)\\s+(?:<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>|(?i:(off)))");

    private final Jdbi jdbi;
    private final DigestTriggers triggers;

    public ScheduleService(Jdbi jdbi, DigestTriggers triggers) {
        this.jdbi = jdbi;
        this.triggers = triggers;
    }

    /** A group with its schedule and proxies: what /themegroup show and the replies to these commands show. */
    public record Scheduled(ThemeGroup group, GroupSchedule schedule, List<ScheduleStore.Proxy> proxies) {
    }

    public Scheduled show(ThemeGroup group) {
        return jdbi.inTransaction(handle -> scheduled(handle.attach(ScheduleStore.class), group));
    }

    public Scheduled reminders(Invocation inv, String args) {
        Matcher m = REMINDERS.matcher(args.strip());
        if (!m.matches()) {
            throw new CommandError("Say how many days before the due date, and optionally the time.", REMINDERS_FORM);
        }
        int days = Integer.parseInt(m.group(1));
        if (days > MAX_DAYS_BEFORE) {
            throw new CommandError("At most " + MAX_DAYS_BEFORE + " days before.", REMINDERS_FORM);
        }
        Optional<LocalTime> at = Optional.ofNullable(m.group(2)).map(t -> time(t, REMINDERS_FORM));
        return change(inv, "change when reminders go out", (store, group, schedule) ->
                store.setReminders(group.id(), days, at.orElse(schedule.reminders().at()).toString()));
    }

    public Scheduled digest(Invocation inv, String args) {
        String[] words = args.strip().split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        if (first.equals("off") && words.length == 1) {
            return change(inv, "change the digest", (store, group, schedule) -> store.setDigest(group.id(), null, null, false));
        }
        if (words.length < 2 || words.length > 3) {
            throw new CommandError("Say the weekday and time, `off`, or `now`.", DIGEST_FORM);
        }
        DayOfWeek day = weekday(words[0]);
        LocalTime time = time(words[1], DIGEST_FORM);
        boolean toChannel = words.length == 3;
        if (toChannel && !words[2].equalsIgnoreCase("channel")) {
            throw new CommandError("After the time only `channel` may follow (to post the digest here too).", DIGEST_FORM);
        }
        return change(inv, "change the digest", (store, group, schedule) ->
                store.setDigest(group.id(), day.name(), time.toString(), toChannel));
    }

    public Scheduled proxy(Invocation inv, String args) {
        Matcher m = PROXY.matcher(args.strip());
        if (!m.matches()) {
            throw new CommandError("Give the owner's name as written in actions, then the @person who gets their "
                    + "reminders (or `off`).", PROXY_FORM);
        }
        String name = SlackText.plain(m.group(1)).strip();
        if (m.group(1).contains("<@") || name.length() > 200) {
            throw new CommandError("The owner is a name as written in actions (not an @mention), at most 200 characters.",
                    PROXY_FORM);
        }
        String key = ReminderSweep.nameKey(name);
        return change(inv, "set proxies", (store, group, schedule) -> {
            if (m.group(2) != null) {
                store.setProxy(group.id(), key, name, m.group(2));
            } else if (!store.removeProxy(group.id(), key)) {
                throw new CommandError("'" + name + "' has no proxy to turn off.", PROXY_FORM);
            }
        });
    }

    public Scheduled roundup(Invocation inv, String args) {
        Integer days = roundupDays(args.strip().toLowerCase(Locale.ROOT));
        return change(inv, "change the round-up", (store, group, schedule) -> store.setRoundup(group.id(), days));
    }

    /** The round-up's days before the meeting, or null for off. */
    private static Integer roundupDays(String text) {
        if (text.equals("off")) {
            return null;
        }
        if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < MIN_ROUNDUP_DAYS
                || Integer.parseInt(text) > MAX_DAYS_BEFORE) {
            throw new CommandError("Say how many days before the next meeting (" + MIN_ROUNDUP_DAYS + " to "
                    + MAX_DAYS_BEFORE + "), or `off`.", ROUNDUP_FORM);
        }
        return Integer.valueOf(text);
    }

    /** Snoozing holds an action's reminders for a week: they resume at the reminder time seven days on. */
    public static Instant snoozeEnd(Handle handle, ThemeGroup group, Instant now) {
        ReminderSettings settings = handle.attach(ScheduleStore.class).find(group.id()).orElseThrow().reminders();
        return settings.instantOn(LocalDate.ofInstant(now, settings.zone()).plusDays(SNOOZE_DAYS));
    }

    /** Whether a member is the proxy of a free-text owner, so may act on their actions. */
    public static boolean actsFor(Handle handle, long groupId, String userId, Who.Named owner) {
        String key = ReminderSweep.nameKey(owner.name());
        return handle.attach(ScheduleStore.class).proxies(groupId).stream()
                .anyMatch(p -> p.userId().equals(userId) && ReminderSweep.nameKey(p.name()).equals(key));
    }

    /** Brings the group's digest trigger in line with its settings (after its time zone changed, say). */
    public void resync(long groupId) {
        jdbi.onDemand(ScheduleStore.class).find(groupId)
                .ifPresent(s -> triggers.reschedule(groupId, s.digest(), s.reminders().zone()));
    }

    /** Every group's digest trigger, in line with its settings: at start-up, so the database is the truth. */
    public void resyncAll() {
        jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM theme_group").mapTo(Long.class).list())
                .forEach(this::resync);
    }

    @FunctionalInterface
    private interface Change {
        void apply(ScheduleStore store, ThemeGroup group, GroupSchedule before);
    }

    private Scheduled change(Invocation inv, String what, Change change) {
        Scheduled changed = jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            GroupService.requireOfficer(group, inv, what);
            ScheduleStore store = handle.attach(ScheduleStore.class);
            change.apply(store, group, store.find(group.id()).orElseThrow());
            return scheduled(store, group);
        });
        GroupSchedule schedule = changed.schedule();
        triggers.reschedule(schedule.groupId(), schedule.digest(), schedule.reminders().zone());
        return changed;
    }

    private static Scheduled scheduled(ScheduleStore store, ThemeGroup group) {
        return new Scheduled(group, store.find(group.id()).orElseThrow(), store.proxies(group.id()));
    }

    static LocalTime time(String text, String form) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            throw new CommandError("'" + SlackText.plain(text) + "' is not a time like 09:00 (24-hour clock).", form);
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    static DayOfWeek weekday(String text) {
        String word = text.toLowerCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values())
                .filter(d -> word.length() >= 3 && d.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT)
                        .startsWith(word))
                .findFirst()
                .orElseThrow(() -> new CommandError("'" + SlackText.plain(text) + "' is not a weekday (Monday … Sunday).",
                        DIGEST_FORM));
    }
}
