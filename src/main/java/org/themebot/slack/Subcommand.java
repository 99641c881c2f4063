package org.themebot.slack;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One subcommand in a command's table: its name, its correct form, what it does (for help, with
 * a real example), what it touches, and its handler (parse → one service call → reply).
 *
 * @param touches  given the arguments, what the request touches: a change runs in one transaction
 *                 with its retry key and the messages it causes; a read writes nothing; an answer
 *                 (help) does not open the database at all
 */
public record Subcommand(String name, String form, String summary, List<String> examples,
                         Function<String, Touches> touches, Handler handler) {

    @FunctionalInterface
    public interface Handler {
        Reply handle(CommandRequest request);
    }

    /** What a request does with the stored data. */
    public enum Touches { NOTHING, READS, CHANGES }

    public Subcommand {
        examples = List.copyOf(examples);
    }

    /** A subcommand answered from what themebot knows without its database (help). */
    public static Subcommand answers(String name, String form, String summary, Handler handler) {
        return new Subcommand(name, form, summary, List.of(), args -> Touches.NOTHING, handler);
    }

    /** A subcommand that only reads (lists, show, exports). */
    public static Subcommand reads(String name, String form, String summary, Handler handler) {
        return new Subcommand(name, form, summary, List.of(), args -> Touches.READS, handler);
    }

    /** A subcommand that changes something (and is announced, or confirmed to the typer). */
    public static Subcommand changes(String name, String form, String summary, Handler handler) {
        return new Subcommand(name, form, summary, List.of(), args -> Touches.CHANGES, handler);
    }

    /** Real examples for help, as a member would type them. */
    public Subcommand examples(String... typed) {
        return new Subcommand(name, form, summary, List.of(typed), touches, handler);
    }

    /** For a subcommand that changes something only with some arguments (with none, it opens a form). */
    public Subcommand changesWhen(Predicate<String> withArgs) {
        return new Subcommand(name, form, summary, examples,
                args -> withArgs.test(args) ? Touches.CHANGES : Touches.READS, handler);
    }
}
