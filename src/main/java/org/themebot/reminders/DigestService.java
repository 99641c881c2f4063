package org.themebot.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.actions.Action;
import org.themebot.actions.ActionStatus;
import org.themebot.actions.ActionStore;
import org.themebot.actions.MeetingLink;
import org.themebot.commands.Invocation;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.plans.PlanService;

/** Builds a group's digest and hands it to its delivery: weekly (claimed once per group and week) or now. */
public final class DigestService {

    private static final Logger log = LoggerFactory.getLogger(DigestService.class);
    /** "Since the last digest" for a group that has had none. */
    static final Duration FIRST_DIGEST_LOOKS_BACK = Duration.ofDays(7);

    /** Queues a digest's messages; {@code key} is set for a weekly digest, so each is queued once. */
    @FunctionalInterface
    public interface Delivery {
        void deliver(Handle handle, Digest digest, Optional<String> key);
    }

    private final Jdbi jdbi;
    private final MeetingLink meetings;
    private final Clock clock;
    private final Delivery delivery;

    public DigestService(Jdbi jdbi, MeetingLink meetings, Clock clock, Delivery delivery) {
        this.jdbi = jdbi;
        this.meetings = meetings;
        this.clock = clock;
        this.delivery = delivery;
    }

    /**
     * Sends each group's weekly digest whose moment has come ({@link WeeklyTime#latestAtOrBefore}),
     * claimed by (group, ISO week of that moment), so a second sweep, a restart or a second
     * instance sends nothing more; one missed while the bot was down goes once when it is back.
     * Returns how many were sent.
     */
    public int sweep() {
        Instant now = clock.instant();
        int sent = 0;
        for (ScheduleStore.ScheduleRow row : jdbi.onDemand(ScheduleStore.class).rowsWithDigest()) {
            GroupSchedule schedule = row.toSchedule();
            ZonedDateTime due = schedule.digest().orElseThrow().latestAtOrBefore(now, schedule.reminders().zone());
            boolean setBefore = schedule.digestFrom().map(from -> !due.toInstant().isBefore(from)).orElse(false);
            if (setBefore && sendWeekly(schedule.groupId(), due)) {
                sent++;
            }
        }
        return sent;
    }

    /** The digest for the week of {@code due}, unless that week's was sent; true if this sent it. */
    private boolean sendWeekly(long groupId, ZonedDateTime due) {
        Instant now = clock.instant();
        String week = isoWeek(due.toLocalDate());
        return jdbi.inTransaction(handle -> {
            ScheduleStore store = handle.attach(ScheduleStore.class);
            if (!store.claimDigest(groupId, week, now)) {
                return false;
            }
            ThemeGroup group = handle.attach(GroupStore.class).findById(groupId).orElseThrow();
            Digest digest = build(handle, group, now);
            delivery.deliver(handle, digest, Optional.of("digest:" + groupId + ":" + week));
            store.setLastDigestAt(groupId, now);
            log.info("digest of group {} for {} queued", groupId, week);
            return true;
        });
    }

    /**
     * /themegroup digest now: a digest at once, to the same people. It is an extra look, so the
     * weekly digest still reports everything since the last weekly one.
     */
    public Digest sendNow(Invocation inv) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            GroupService.requireOfficer(group, inv, "send the digest");
            Digest digest = build(handle, group, inv.at());
            delivery.deliver(handle, digest, Optional.empty());
            return digest;
        });
    }

    private Digest build(Handle handle, ThemeGroup group, Instant now) {
        GroupSchedule schedule = handle.attach(ScheduleStore.class).find(group.id()).orElseThrow();
        ActionStore actions = handle.attach(ActionStore.class);
        LocalDate today = LocalDate.ofInstant(now, group.zone());
        Instant since = schedule.lastDigestAt().orElse(now.minus(FIRST_DIGEST_LOOKS_BACK));
        List<Action> overdue = new ArrayList<>();
        List<Action> dueSoon = new ArrayList<>();
        List<Action> other = new ArrayList<>();
        for (Action a : actions.byStatus(group.id(), EnumSet.of(ActionStatus.OPEN))) {
            if (a.isOverdue(today)) {
                overdue.add(a);
            } else if (a.due().isPresent() && !a.due().get().isAfter(today.plusDays(Digest.DUE_SOON_DAYS))) {
                dueSoon.add(a);
            } else {
                other.add(a);
            }
        }
        Comparator<Action> byDue = Comparator.comparing((Action a) -> a.due().orElseThrow())
                .thenComparingInt(Action::number);
        overdue.sort(byDue);
        dueSoon.sort(byDue);
        return new Digest(group, today, since, overdue, dueSoon, other, actions.doneSince(group.id(), since),
                GoodPracticeService.forDigest(handle, group.id(), since), meetings.nextMeeting(handle, group.id()),
                schedule.digestToChannel(), PlanService.forDigest(handle, group, today));
    }

    static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
