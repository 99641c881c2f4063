package org.themebot.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.actions.Action;
import org.themebot.actions.ActionRef;
import org.themebot.actions.ActionService;
import org.themebot.actions.ActionStatus;
import org.themebot.actions.ActionStore;
import org.themebot.actions.MeetingLink;
import org.themebot.commands.Invocation;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;

/**
 * The pre-meeting round-up: N days before a group's next meeting (at its reminder time) each
 * owner of open actions gets one DM asking how they stand; the answers go into the actions'
 * history; the day before, the chairs get a roll-up, which /meeting start shows again.
 */
public final class RoundupService {

    private static final Logger log = LoggerFactory.getLogger(RoundupService.class);
    static final int ROLLUP_DAYS_BEFORE = 1;
    /** A round-up older than this before a meeting is not that meeting's. */
    static final Duration ANSWERS_KEPT_FOR = Duration.ofDays(28);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    /** One owner's open actions before a meeting, each with the answer given so far. */
    public record OwnerRoundup(ThemeGroup group, LocalDate meetingDate, String userId, List<Item> items) {
    }

    public record Item(Action action, Optional<String> onBehalfOf, Optional<RoundupAnswer> answer) {
    }

    /** The chairs' roll-up: the group's open actions and those answered done, with the answers. */
    public record Rollup(ThemeGroup group, LocalDate meetingDate, List<Action> actions, Map<Long, RoundupAnswer> answers) {
    }

    /** An answer recorded: the change to the action, and the owner's round-up as it now stands. */
    public record Answered(ActionService.Changed change, OwnerRoundup roundup) {
    }

    /** Queues the round-up's messages, inside the transaction that claims it. */
    public interface Delivery {
        void roundup(Handle handle, OwnerRoundup roundup, String key);

        void rollup(Handle handle, Rollup rollup, String key);
    }

    private final Jdbi jdbi;
    private final MeetingLink meetings;
    private final ActionService actions;
    private final Clock clock;
    private final Delivery delivery;

    public RoundupService(Jdbi jdbi, MeetingLink meetings, ActionService actions, Clock clock, Delivery delivery) {
        this.jdbi = jdbi;
        this.meetings = meetings;
        this.actions = actions;
        this.clock = clock;
        this.delivery = delivery;
    }

    /** Sends the round-ups and roll-ups that have come due; returns how many were claimed. */
    public int sweep() {
        Instant now = clock.instant();
        int claimed = 0;
        for (ScheduleStore.ScheduleRow row : jdbi.onDemand(ScheduleStore.class).rowsWithRoundup()) {
            GroupSchedule schedule = row.toSchedule();
            ReminderSettings settings = schedule.reminders();
            Optional<LocalDate> next = jdbi.withHandle(h -> meetings.nextMeeting(h, row.id()));
            LocalDate today = LocalDate.ofInstant(now, settings.zone());
            if (next.isEmpty() || !today.isBefore(next.get())) {
                continue; // no next meeting known, or it is today or past
            }
            LocalDate meeting = next.get();
            int days = schedule.roundupDays().orElseThrow();
            if (!now.isBefore(settings.instantOn(meeting.minusDays(days))) && claim(row.id(), meeting, "roundup", now)) {
                claimed++;
            }
            if (!now.isBefore(settings.instantOn(meeting.minusDays(ROLLUP_DAYS_BEFORE)))
                    && claim(row.id(), meeting, "rollup", now)) {
                claimed++;
            }
        }
        return claimed;
    }

    private boolean claim(long groupId, LocalDate meeting, String kind, Instant now) {
        if (jdbi.onDemand(RoundupStore.class).isClaimed(groupId, meeting, kind)) {
            return false;
        }
        return jdbi.inTransaction(handle -> {
            if (!handle.attach(RoundupStore.class).claim(groupId, meeting, kind, now)) {
                return false;
            }
            ThemeGroup group = handle.attach(GroupStore.class).findById(groupId).orElseThrow();
            String key = kind + ":" + groupId + ":" + meeting;
            if (kind.equals("roundup")) {
                List<OwnerRoundup> owners = owners(handle, group, meeting);
                owners.forEach(owner -> delivery.roundup(handle, owner, key + ":" + owner.userId()));
                log.info("round-up for the {} meeting of group {} queued for {} owner(s)", meeting, groupId, owners.size());
            } else {
                delivery.rollup(handle, rollup(handle, group, meeting), key);
                log.info("roll-up for the {} meeting of group {} queued", meeting, groupId);
            }
            return true;
        });
    }

    /**
     * An owner's answer from the round-up DM: Done closes the action, the others go into its
     * history; returns the owner's round-up as it now stands, to update the DM.
     */
    public Answered answer(Invocation inv, long actionId, LocalDate meeting, RoundupAnswer answer) {
        String note = "round-up before the meeting on " + DAY.format(meeting);
        ActionService.Changed changed = answer == RoundupAnswer.DONE
                ? actions.done(inv, ActionRef.id(actionId), note)
                : actions.update(inv, ActionRef.id(actionId), note + ": " + answer.label().toLowerCase(Locale.ROOT));
        ThemeGroup group = changed.group();
        return jdbi.inTransaction(handle -> {
            handle.attach(RoundupStore.class).answer(actionId, meeting, group.id(), answer.storeName(), inv.userId(),
                    inv.at());
            OwnerRoundup now = owners(handle, group, meeting).stream()
                    .filter(o -> o.userId().equals(inv.userId())).findFirst()
                    .orElseGet(() -> new OwnerRoundup(group, meeting, inv.userId(), List.of()));
            return new Answered(changed, now);
        });
    }

    /** The answers of the latest round-up before a meeting held on {@code day}: matters arising. */
    public Map<Long, RoundupAnswer> answersBefore(long groupId, LocalDate day) {
        return jdbi.withHandle(handle -> {
            RoundupStore store = handle.attach(RoundupStore.class);
            return store.latestRoundup(groupId, day.minusDays(ANSWERS_KEPT_FOR.toDays()), day)
                    .map(meeting -> answers(store, groupId, meeting))
                    .orElse(Map.of());
        });
    }

    /** Each recipient's open actions: owners who are Slack users, and the proxies of those who are not. */
    private List<OwnerRoundup> owners(Handle handle, ThemeGroup group, LocalDate meeting) {
        List<Action> open = handle.attach(ActionStore.class).byStatus(group.id(), EnumSet.of(ActionStatus.OPEN));
        List<ScheduleStore.Proxy> proxies = handle.attach(ScheduleStore.class).proxies(group.id());
        Map<Long, RoundupAnswer> answers = answers(handle.attach(RoundupStore.class), group.id(), meeting);
        Map<String, List<Item>> byUser = new LinkedHashMap<>();
        for (Action action : open) {
            for (ReminderSweep.Recipient r : ReminderSweep.recipients(action, proxies)) {
                byUser.computeIfAbsent(r.userId(), u -> new ArrayList<>())
                        .add(new Item(action, r.onBehalfOf(), Optional.ofNullable(answers.get(action.id()))));
            }
        }
        List<OwnerRoundup> owners = new ArrayList<>();
        byUser.forEach((userId, items) -> owners.add(new OwnerRoundup(group, meeting, userId, List.copyOf(items))));
        return owners;
    }

    private Rollup rollup(Handle handle, ThemeGroup group, LocalDate meeting) {
        ActionStore store = handle.attach(ActionStore.class);
        Map<Long, RoundupAnswer> answers = answers(handle.attach(RoundupStore.class), group.id(), meeting);
        List<Action> actions = new ArrayList<>(store.byStatus(group.id(), EnumSet.of(ActionStatus.OPEN)));
        answers.keySet().stream().sorted()
                .filter(id -> actions.stream().noneMatch(a -> a.id() == id))
                .forEach(id -> store.findById(id).ifPresent(actions::add)); // answered done since
        actions.sort(Comparator.comparingInt(Action::number));
        return new Rollup(group, meeting, List.copyOf(actions), answers);
    }

    private static Map<Long, RoundupAnswer> answers(RoundupStore store, long groupId, LocalDate meeting) {
        Map<Long, RoundupAnswer> answers = new HashMap<>();
        for (RoundupStore.AnswerRow row : store.answers(groupId, meeting)) {
            RoundupAnswer.of(row.answer()).ifPresent(a -> answers.put(row.actionId(), a));
        }
        return answers;
    }

    /**
     * Reads "actionId@yyyy-mm-dd", the value a round-up button carries; anything else is no
     * button of ours (IllegalArgumentException: the request is malformed, not the person's mistake).
     */
    public static Map.Entry<Long, LocalDate> buttonValue(String value) {
        try {
            String[] parts = value.split("@", 2);
            return Map.entry(Long.parseLong(parts[0]), LocalDate.parse(parts[1]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a round-up button's value: " + value, e);
        }
    }
}
