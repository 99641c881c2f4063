package org.themebot.slack;

import com.slack.api.bolt.App;
import java.util.Map;

/** /themebot help [command]. */
final class HelpListeners {

    private HelpListeners() {
    }

    static void register(App app, SlashCommands commands) {
        SlashCommands.Subcommand help = (inv, args) -> {
            SlackMessage message = Help.forCommand(args);
            return reply -> reply.toTyper(message);
        };
        commands.register(app, "/themebot", Map.of("help", help, "", help), Help.forCommand(""));
    }
}
