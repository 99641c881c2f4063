package org.themebot.slack;

import com.slack.api.bolt.App;
import java.util.Map;
import org.themebot.goodpractice.GoodPracticeSettingsService;
import org.themebot.groups.GroupService;

/** /themegroup: setting up a channel's theme group. */
final class GroupListeners {

    private GroupListeners() {
    }

    static void register(App app, SlashCommands commands, GroupService groups, GoodPracticeSettingsService goodPractice) {
        commands.register(app, "/themegroup", Map.of(
                "setup", (inv, args) -> {
                    GroupService.Setup setup = groups.setup(inv, args);
                    return reply -> reply.toTyper(GroupBlocks.setUp(setup));
                },
                "show", (inv, args) -> {
                    var group = groups.show(inv);
                    var settings = goodPractice.of(group);
                    return reply -> reply.toTyper(GroupBlocks.show(group, GoodPracticeBlocks.settings(settings)));
                },
                "timezone", (inv, args) -> {
                    var group = groups.setTimeZone(inv, args);
                    return reply -> reply.toTyper(GroupBlocks.timeZone(group));
                },
                "strands", (inv, args) -> {
                    var changed = goodPractice.setStrands(inv, args);
                    return reply -> reply.toTyper(GoodPracticeBlocks.settingsChanged(changed));
                },
                "principles", (inv, args) -> {
                    var changed = goodPractice.setPrinciples(inv, args);
                    return reply -> reply.toTyper(GoodPracticeBlocks.settingsChanged(changed));
                }), Help.forCommand("/themegroup"));
    }
}
