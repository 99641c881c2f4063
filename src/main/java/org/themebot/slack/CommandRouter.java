package org.themebot.slack;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;

/**
 * Every slash command's path, whether it came over HTTP or Socket Mode: find the subcommand in its
 * feature's table, run it (a change in one transaction with its retry key and its messages; a
 * read writing nothing), and answer within Slack's 3 s. Errors go back to the typer only, with
 * the correct form.
 */
public final class CommandRouter {

    private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);

    /** What a command gets back: the ack's message for the typer (if any), and work for after the ack. */
    public record Acked(int status, Optional<SlackMessage> message, Optional<Reply.AfterAck> afterAck) {
        static Acked with(SlackMessage message) {
            return new Acked(200, Optional.of(message), Optional.empty());
        }
    }

    private static final String ALL_COMMANDS = "";

    private final Map<String, CommandTable> tables = new LinkedHashMap<>();
    /** Help never changes once the tables are complete: each is made once. */
    private final Map<String, SlackMessage> helpByCommand = new ConcurrentHashMap<>();
    private final UnitOfWork work;
    private final UserNames names;
    private final Workspaces workspaces;
    private final Clock clock;

    public CommandRouter(UnitOfWork work, UserNames names, Workspaces workspaces, Clock clock) {
        this.work = work;
        this.names = names;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    public CommandRouter add(CommandTable table) {
        tables.put(table.command(), table);
        return this;
    }

    /** Whether a command is one of the tables' (others, if any, are the Bolt app's). */
    public boolean routes(String command) {
        return tables.containsKey(command);
    }

    /** The tables, in the order they were added: what help lists. */
    public List<CommandTable> tables() {
        return List.copyOf(tables.values());
    }

    public Acked handle(SlashCommand command) {
        if (!command.isComplete()) {
            return new Acked(400, Optional.empty(), Optional.empty());
        }
        if (!workspaces.serves(command.teamId(), command.enterpriseId())) {
            log.warn("refused {} from workspace {}, which this themebot does not serve", command.command(),
                    command.teamId());
            return new Acked(403, Optional.empty(), Optional.empty());
        }
        CommandTable table = tables.get(command.command());
        if (table == null) {
            return Acked.with(Replies.text(":warning: I have no command " + Mrkdwn.code(command.command()) + "."));
        }
        String text = command.text() == null ? "" : command.text().strip();
        String[] words = text.split("\\s+", 2);
        String name = words[0].toLowerCase(Locale.ROOT);
        Optional<Subcommand> found = table.find(name.isEmpty() ? "help" : name);
        if (found.isEmpty() && (name.isEmpty() || name.equals("help"))) {
            return Acked.with(helpFor(table));
        }
        if (found.isEmpty()) {
            return Acked.with(unknown(table, words[0]));
        }
        Subcommand subcommand = found.get();
        String args = words.length > 1 ? words[1] : "";
        Invocation inv = new Invocation(command.teamId(), command.channelId(), command.channelName(),
                command.userId(), clock.instant());
        CommandRequest request = new CommandRequest(inv, args, names.cached(command.teamId()));
        Subcommand.Touches touches = subcommand.touches().apply(args);
        boolean changes = touches == Subcommand.Touches.CHANGES;
        try {
            Optional<Reply> reply = switch (touches) {
                case CHANGES -> work.change(command.retryKey(), () -> subcommand.handler().handle(request));
                case READS -> Optional.of(work.read(() -> subcommand.handler().handle(request)));
                case NOTHING -> Optional.of(subcommand.handler().handle(request));
            };
            if (reply.isEmpty()) {
                log.info("ignoring a retry of {} {} ({})", command.command(), name, command.retryKey());
                return new Acked(200, Optional.empty(), Optional.empty());
            }
            return new Acked(200, reply.get().toTyper(), reply.get().afterAck());
        } catch (CommandError e) {
            return Acked.with(Replies.error(e, subcommand.form()));
        } catch (JdbiException e) {
            log.error("{} {} failed in the database", command.command(), name, e);
            return Acked.with(changes ? Replies.NOT_SAVED : Replies.FAILED);
        } catch (RuntimeException e) {
            log.error("{} {} failed", command.command(), name, e);
            return Acked.with(Replies.FAILED);
        }
    }

    /**
     * Every command in brief: built once, when first asked for (the tables are complete before the
     * first request), and answered as the same message after that.
     */
    public SlackMessage help() {
        return helpByCommand.computeIfAbsent(ALL_COMMANDS, all -> Help.all(tables()));
    }

    /** One command's help in full ("action" or "/action"); empty when there is no such command. */
    public Optional<SlackMessage> help(String command) {
        String wanted = command.strip().toLowerCase(Locale.ROOT);
        CommandTable table = tables.get(wanted.startsWith("/") ? wanted : "/" + wanted);
        return Optional.ofNullable(table).map(this::helpFor);
    }

    private SlackMessage helpFor(CommandTable table) {
        return helpByCommand.computeIfAbsent(table.command(), command -> Help.forTable(table));
    }

    /** "I don't know `lst` — did you mean `list`?", and the command's forms. */
    private static SlackMessage unknown(CommandTable table, String typed) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String word = typed.toLowerCase(Locale.ROOT);
        Optional<Subcommand> nearest = table.subcommands().stream()
                .filter(s -> s.name().startsWith(word) || distance.apply(s.name(), word) <= Math.max(2, word.length() / 3))
                .min(Comparator.comparingInt(s -> s.name().startsWith(word) ? 0 : distance.apply(s.name(), word)));
        return Help.unknownSubcommand(table, typed, nearest);
    }
}
