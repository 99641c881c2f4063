package org.themebot.reminders;

import org.themebot.commands.Invocation;
import org.themebot.groups.ThemeGroup;
import org.themebot.slack.groups.GroupCommands;

/** The schedule settings driven with /themegroup's text, read the way its grammar reads it, then one typed call. */
final class ScheduleAsCommands {

    private final ScheduleService schedules;

    ScheduleAsCommands(ScheduleService schedules) {
        this.schedules = schedules;
    }

    ScheduleService.Scheduled reminders(Invocation inv, String text) {
        GroupCommands.Reminders reminders = GroupCommands.reminders(text);
        return schedules.reminders(inv, reminders.daysBefore(), reminders.at());
    }

    ScheduleService.Scheduled longOverdueWeekly(Invocation inv) {
        return schedules.longOverdue(inv, true);
    }

    ScheduleService.Scheduled digest(Invocation inv, String text) {
        return schedules.digest(inv, GroupCommands.digestSchedule(text));
    }

    ScheduleService.Scheduled proxy(Invocation inv, String text) {
        GroupCommands.Proxy proxy = GroupCommands.proxy(text);
        return schedules.proxy(inv, proxy.name(), proxy.userId());
    }

    ScheduleService.Scheduled roundup(Invocation inv, String text) {
        return schedules.roundup(inv, GroupCommands.roundupDays(text));
    }

    ScheduleService.Scheduled show(ThemeGroup group) {
        return schedules.show(group);
    }
}
