package org.themebot.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /themebot}: help with every command, made from the command tables themselves, and the
 * subcommands about themebot as a whole that other parts add (the workspace's data rights).
 */
public final class ThemebotCommands {

    private ThemebotCommands() {
    }

    public static CommandTable table(CommandRouter router, Subcommand... more) {
        List<Subcommand> subcommands = new ArrayList<>();
        subcommands.add(Subcommand.answers("help", "/themebot help [command]", "all the commands, or one command's in full",
                        request -> Reply.toTyper(router.help(request.args()).orElseGet(router::help)))
                .examples("/themebot help action"));
        subcommands.addAll(List.of(more));
        return new CommandTable("/themebot", "help with themebot, and the workspace's data", subcommands);
    }
}
