package org.themebot.slack;

import com.slack.api.bolt.App;
import java.util.Map;
import org.themebot.commands.Invocation;
import org.themebot.goodpractice.GoodPracticeSettingsService;
import org.themebot.groups.GroupService;
import org.themebot.reminders.DigestService;
import org.themebot.reminders.ScheduleService;

/** /themegroup: a channel's theme group, and when its reminders and digests go out. */
final class GroupListeners {

    private GroupListeners() {
    }

    static void register(App app, SlashCommands commands, GroupService groups, ScheduleService schedules,
                         DigestService digests, GoodPracticeSettingsService goodPractice) {
        commands.register(app, "/themegroup", Map.of(
                "setup", (inv, args) -> {
                    GroupService.Setup setup = groups.setup(inv, args);
                    return reply -> reply.toTyper(GroupBlocks.setUp(setup));
                },
                "show", (inv, args) -> {
                    var scheduled = schedules.show(groups.show(inv));
                    var settings = goodPractice.of(scheduled.group());
                    return reply -> reply.toTyper(GroupBlocks.show(scheduled, inv.at(), GoodPracticeBlocks.settings(settings)));
                },
                "timezone", (inv, args) -> {
                    var group = groups.setTimeZone(inv, args);
                    schedules.resync(group.id()); // the digest's cron trigger keeps the group's local time
                    return reply -> reply.toTyper(GroupBlocks.timeZone(group));
                },
                "reminders", (inv, args) -> scheduleChanged(schedules.reminders(inv, args), inv),
                "digest", (inv, args) -> {
                    if (args.strip().equalsIgnoreCase("now")) {
                        var digest = digests.sendNow(inv);
                        return reply -> reply.toTyper(GroupBlocks.digestSent(digest));
                    }
                    return scheduleChanged(schedules.digest(inv, args), inv);
                },
                "proxy", (inv, args) -> scheduleChanged(schedules.proxy(inv, args), inv),
                "roundup", (inv, args) -> scheduleChanged(schedules.roundup(inv, args), inv),
                "strands", (inv, args) -> {
                    var changed = goodPractice.setStrands(inv, args);
                    return reply -> reply.toTyper(GoodPracticeBlocks.settingsChanged(changed));
                },
                "principles", (inv, args) -> {
                    var changed = goodPractice.setPrinciples(inv, args);
                    return reply -> reply.toTyper(GoodPracticeBlocks.settingsChanged(changed));
                }), Help.forCommand("/themegroup"));
    }

    private static SlashCommands.AfterAck scheduleChanged(ScheduleService.Scheduled scheduled,
                                                          Invocation inv) {
        return reply -> reply.toTyper(GroupBlocks.scheduleChanged(scheduled, inv.at()));
    }
}
