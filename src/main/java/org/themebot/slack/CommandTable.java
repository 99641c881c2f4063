package org.themebot.slack;

import java.util.List;
import java.util.Optional;

/** A slash command and its subcommands, in the order help lists them: the grammar of one feature. */
public record CommandTable(String command, String about, List<Subcommand> subcommands) {

    public CommandTable {
        subcommands = List.copyOf(subcommands);
    }

    public static CommandTable of(String command, String about, Subcommand... subcommands) {
        return new CommandTable(command, about, List.of(subcommands));
    }

    public Optional<Subcommand> find(String name) {
        return subcommands.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
