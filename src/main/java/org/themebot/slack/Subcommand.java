package org.themebot.slack;

import java.util.List;
import java.util.function.Predicate;

/**
 * One subcommand in a command's table: its name, its correct form, what it does (for help, with
 * a real example), whether it changes anything, and its handler (parse → one service call → reply).
 *
 * @param changes  given the arguments, whether the request changes something: if so it runs in one
 *                 transaction with its retry key and the messages it causes; if not it writes nothing
 */
public record Subcommand(String name, String form, String summary, List<String> examples,
                         Predicate<String> changes, Handler handler) {

    @FunctionalInterface
    public interface Handler {
        Reply handle(CommandRequest request);
    }

    public Subcommand {
        examples = List.copyOf(examples);
    }

    /** A subcommand that only reads (lists, show, help, exports). */
    public static Subcommand reads(String name, String form, String summary, Handler handler) {
        return new Subcommand(name, form, summary, List.of(), args -> false, handler);
    }

    /** A subcommand that changes something (and is announced, or confirmed to the typer). */
    public static Subcommand changes(String name, String form, String summary, Handler handler) {
        return new Subcommand(name, form, summary, List.of(), args -> true, handler);
    }

    /** Real examples for help, as a member would type them. */
    public Subcommand examples(String... typed) {
        return new Subcommand(name, form, summary, List.of(typed), changes, handler);
    }

    /** For a subcommand that changes something only with some arguments (with none, it opens a form). */
    public Subcommand changesWhen(Predicate<String> withArgs) {
        return new Subcommand(name, form, summary, examples, withArgs, handler);
    }
}
