package org.themebot.slack;

/** /themebot help [command]: every command's help, from the command tables themselves. */
public final class HelpCommands {

    private HelpCommands() {
    }

    public static CommandTable table(CommandRouter router) {
        return CommandTable.of("/themebot", "help with themebot",
                Subcommand.reads("help", "/themebot help [command]", "all the commands, or one command's in full",
                        request -> Reply.toTyper(Help.forCommand(router.tables(), request.args())
                                .orElseGet(() -> Help.all(router.tables()))))
                        .examples("/themebot help action"));
    }
}
