package org.themebot.home;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.themebot.actions.Action;
import org.themebot.actions.ActionStore;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.reminders.GroupSchedule;
import org.themebot.reminders.Reminder;
import org.themebot.reminders.ReminderRules;
import org.themebot.reminders.ScheduleStore;

/** What a member's App Home shows: their open actions across their groups, each with its next reminder, and the groups they chair or minute. */
public final class HomeService {

    public record Item(Action action, ThemeGroup group, Optional<Reminder> nextReminder) {
    }

    /** A member's Home: their open actions, the groups they chair or minute, and every group of the workspace. */
    public record Home(String userId, List<Item> actions, List<ThemeGroup> officerOf, List<ThemeGroup> groups) {
    }

    private final Jdbi jdbi;

    public HomeService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Home home(String workspaceId, String userId, Instant now) {
        return jdbi.inTransaction(handle -> {
            GroupStore groups = handle.attach(GroupStore.class);
            ScheduleStore schedules = handle.attach(ScheduleStore.class);
            Map<Long, ThemeGroup> groupById = new HashMap<>();
            Map<Long, GroupSchedule> scheduleById = new HashMap<>();
            List<Action> open = handle.attach(ActionStore.class).openOwnedBy(workspaceId, userId);
            Map<Long, Instant> remindersFrom = open.isEmpty() ? Map.of()
                    : schedules.datedActions(open.stream().map(Action::id).toList()).stream()
                            .collect(Collectors.toMap(ScheduleStore.DatedAction::actionId,
                                    ScheduleStore.DatedAction::remindersFrom));
            List<Item> items = open.stream().map(a -> {
                ThemeGroup group = groupById.computeIfAbsent(a.groupId(), id -> groups.findById(id).orElseThrow());
                GroupSchedule schedule = scheduleById.computeIfAbsent(a.groupId(), id -> schedules.find(id).orElseThrow());
                Optional<Reminder> next = a.due().flatMap(due -> ReminderRules.next(due,
                        remindersFrom.get(a.id()), schedule.reminders(), now));
                return new Item(a, group, next);
            }).toList();
            List<ThemeGroup> all = groups.idsIn(workspaceId).stream()
                    .map(id -> groupById.computeIfAbsent(id, g -> groups.findById(g).orElseThrow())).toList();
            List<ThemeGroup> officerOf = all.stream().filter(g -> g.isChairOrSecretary(userId)).toList();
            return new Home(userId, items, officerOf, all);
        });
    }
}
