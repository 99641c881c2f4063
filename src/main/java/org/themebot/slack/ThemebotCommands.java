package org.themebot.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * {@code /themebot}: help with every command, made from the command tables themselves, and the
 * subcommands about themebot as a whole that other parts add (the workspace's data rights).
 */
public final class ThemebotCommands {

    private ThemebotCommands() {
    }

    public static CommandTable table(CommandRouter router, Subcommand... more) {
        // The tables are complete once the app is wired, before the first request: built once, then.
        AtomicReference<SlackMessage> everything = new AtomicReference<>();
        Supplier<SlackMessage> all = () -> everything.updateAndGet(built -> built != null ? built : Help.all(router.tables()));
        List<Subcommand> subcommands = new ArrayList<>();
        subcommands.add(Subcommand.reads("help", "/themebot help [command]", "all the commands, or one command's in full",
                        request -> Reply.toTyper(Help.forCommand(router.tables(), request.args()).orElseGet(all)))
                .examples("/themebot help action"));
        subcommands.addAll(List.of(more));
        return new CommandTable("/themebot", "help with themebot, and the workspace's data", subcommands);
    }
}
