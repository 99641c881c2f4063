package org.themebot.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.TextLimits;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Who;

/** When a group's reminders, digests and round-ups go out, and who takes the reminders of owners outside Slack. */
public final class ScheduleService {

    static final int MAX_DAYS_BEFORE = 28;
    static final int SNOOZE_DAYS = 7;
    static final int MAX_PROXY_NAME = 200;
    /** The chairs' roll-up goes the day before the meeting, so owners need at least a day to answer. */
    public static final int MIN_ROUNDUP_DAYS = RoundupService.ROLLUP_DAYS_BEFORE + 1;

    private final Jdbi jdbi;

    public ScheduleService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A group with its schedule and proxies: what /themegroup show and the replies to these commands show. */
    public record Scheduled(ThemeGroup group, GroupSchedule schedule, List<ScheduleStore.Proxy> proxies) {
    }

    /** The weekly digest: when, and whether the channel gets it as well as the chairs. */
    public record DigestSchedule(WeeklyTime when, boolean toChannel) {
    }

    public Scheduled show(ThemeGroup group) {
        return jdbi.inTransaction(handle -> scheduled(handle.attach(ScheduleStore.class), group));
    }

    /** Reminders {@code daysBefore} the due date (0: none before), on the day and when overdue, at a time of day. */
    public Scheduled reminders(Invocation inv, int daysBefore, Optional<LocalTime> at) {
        if (daysBefore < 0 || daysBefore > MAX_DAYS_BEFORE) {
            throw new CommandError("Reminders go from 0 to " + MAX_DAYS_BEFORE + " days before the due date.", "");
        }
        return change(inv, "change when reminders go out", (store, group, schedule) ->
                store.setReminders(group.id(), daysBefore, at.orElse(schedule.reminders().at()).toString()));
    }

    /** Whether actions overdue for more than a year are reminded weekly, or every 4 weeks (the default). */
    public Scheduled longOverdue(Invocation inv, boolean weekly) {
        return change(inv, "change how often long-overdue actions are reminded", (store, group, schedule) ->
                store.setLongOverdueWeekly(group.id(), weekly));
    }

    /** Sets the weekly digest, or turns it off (empty); none is sent for a moment already past. */
    public Scheduled digest(Invocation inv, Optional<DigestSchedule> digest) {
        return change(inv, "change the digest", (store, group, schedule) -> store.setDigest(group.id(),
                digest.map(d -> d.when().day().name()).orElse(null),
                digest.map(d -> d.when().time().toString()).orElse(null),
                digest.map(DigestSchedule::toChannel).orElse(false), digest.map(d -> inv.at()).orElse(null)));
    }

    /** {@code userId} takes the reminders of {@code name} (an owner outside Slack), or nobody does (empty). */
    public Scheduled proxy(Invocation inv, String name, Optional<String> userId) {
        String owner = name.strip().replaceAll("\\s+", " ");
        if (owner.isEmpty() || TextLimits.length(owner) > MAX_PROXY_NAME) {
            throw new CommandError("The owner is a name as written in actions, at most " + MAX_PROXY_NAME
                    + " characters.", "");
        }
        String key = ReminderSweep.nameKey(owner);
        return change(inv, "set proxies", (store, group, schedule) -> {
            if (userId.isPresent()) {
                store.setProxy(group.id(), key, owner, userId.get());
            } else if (!store.removeProxy(group.id(), key)) {
                throw new CommandError("'" + owner + "' has no proxy to turn off.", "");
            }
        });
    }

    /** The pre-meeting round-up {@code days} before the next meeting, or none (empty). */
    public Scheduled roundup(Invocation inv, Optional<Integer> days) {
        if (days.isPresent() && (days.get() < MIN_ROUNDUP_DAYS || days.get() > MAX_DAYS_BEFORE)) {
            throw new CommandError("The round-up goes " + MIN_ROUNDUP_DAYS + " to " + MAX_DAYS_BEFORE
                    + " days before the next meeting, or `off`.", "");
        }
        return change(inv, "change the round-up", (store, group, schedule) -> store.setRoundup(group.id(),
                days.orElse(null)));
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

    @FunctionalInterface
    private interface Change {
        void apply(ScheduleStore store, ThemeGroup group, GroupSchedule before);
    }

    private Scheduled change(Invocation inv, String what, Change change) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            GroupService.requireOfficer(group, inv, what);
            ScheduleStore store = handle.attach(ScheduleStore.class);
            GroupSchedule before = store.find(group.id()).orElseThrow();
            store.ensureRow(group.id());
            change.apply(store, group, before);
            return scheduled(store, group);
        });
    }

    private static Scheduled scheduled(ScheduleStore store, ThemeGroup group) {
        return new Scheduled(group, store.find(group.id()).orElseThrow(), store.proxies(group.id()));
    }
}
