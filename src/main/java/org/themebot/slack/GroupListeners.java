package org.themebot.slack;

import com.slack.api.bolt.App;
import java.util.Map;
import org.themebot.groups.GroupService;

/** /themegroup: setting up a channel's theme group. */
final class GroupListeners {

    private GroupListeners() {
    }

    static void register(App app, SlashCommands commands, GroupService groups) {
        commands.register(app, "/themegroup", Map.of(
                "setup", (inv, args) -> {
                    GroupService.Setup setup = groups.setup(inv, args);
                    return reply -> reply.toTyper(GroupBlocks.setUp(setup));
                },
                "show", (inv, args) -> {
                    var group = groups.show(inv);
                    return reply -> reply.toTyper(GroupBlocks.show(group));
                },
                "timezone", (inv, args) -> {
                    var group = groups.setTimeZone(inv, args);
                    return reply -> reply.toTyper(GroupBlocks.timeZone(group));
                }), Help.forCommand("/themegroup"));
    }
}
