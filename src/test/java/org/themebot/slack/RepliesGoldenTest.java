package org.themebot.slack;

import static org.themebot.slack.BlockFixtures.BALBIR;
import static org.themebot.slack.BlockFixtures.DEBBIE;
import static org.themebot.slack.BlockFixtures.NAMES;
import static org.themebot.slack.BlockFixtures.SUE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.themebot.commands.CommandError;
import org.themebot.commands.NotAllowed;

/**
 * The core's own messages, as JSON, against src/test/resources/golden/core/: a refusal, an error
 * with its correct form, an unknown subcommand, and the report of a message Slack never took.
 */
class RepliesGoldenTest {

    static final CommandTable TABLE = CommandTable.of("/action", "record & follow up the group's actions",
            Subcommand.changes("done", "/action done <ref> [comment]", "marks an action done", request -> Reply.NOTHING)
                    .examples("/action done A3 sent <today>"));

    @TestFactory
    Stream<DynamicTest> messages() {
        Instant queued = Instant.parse("2008-10-08T09:30:00Z");
        return Stream.of(
                Golden.message("core/error-with-correct-form", () -> Replies.error(
                        new CommandError("I can't read \"next <Tuesday>\" as a timescale.", ""),
                        "/action due <ref> <timescale>")),
                Golden.message("core/not-allowed", () -> Replies.error(
                        NotAllowed.ownersOrOfficers("A2", "mark it done", List.of(SUE, DEBBIE)),
                        "/action done <ref> [comment]")),
                Golden.message("core/unknown-subcommand", () -> Help.unknownSubcommand(TABLE, "dnoe",
                        Optional.of(TABLE.subcommands().get(0)))),
                Golden.message("core/unknown-subcommand-nothing-near", () -> Help.unknownSubcommand(TABLE, "<b>",
                        Optional.empty())),
                Golden.message("core/undelivered-to-a-channel", () -> DeliveryFailures.report(
                        new Outbox.Undelivered("C0EQUALITIES", "digest", "channel_not_found", queued), NAMES)),
                Golden.message("core/undelivered-to-a-person", () -> DeliveryFailures.report(
                        new Outbox.Undelivered(BALBIR, "reminder", "user_not_found", queued), NAMES)));
    }
}
