package org.themebot.slack.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.themebot.TestClock;
import org.themebot.commands.Invocation;
import org.themebot.groups.GroupService;
import org.themebot.partnership.BoardReportSweep;
import org.themebot.partnership.PartnershipService;
import org.themebot.slack.DeliveryFailures;
import org.themebot.slack.Outbox;
import org.themebot.slack.SlackClients;
import org.themebot.slack.UserNames;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.store.BothDatabases;
import org.themebot.store.Database;
import org.themebot.store.Liveness;

/**
 * The monthly board report as the scheduler's sweep sends it, on SQLite and PostgreSQL: claimed
 * and queued to the board channel in one transaction, under the month's dedupe key, so sweeping
 * again, restarting, or failing half-way never sends a month's report twice or loses it.
 */
class MonthlyBoardReportTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final AtomicInteger boards = new AtomicInteger();

    @RegisterExtension
    static final BothDatabases both = new BothDatabases();

    static Stream<Arguments> databases() {
        return both.arguments();
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the class shares its databases
    @MethodSource("databases")
    void eachMonthsReportIsQueuedOnceAtNineOnTheFirstWorkingDay(String name, Database database) {
        Jdbi jdbi = database.jdbi();
        TestClock clock = new TestClock(Instant.parse("2026-11-27T10:00:00Z"));
        String workspace = "TM" + boards.incrementAndGet();
        String board = "CBOARD" + workspace;
        PartnershipService partnerships = new PartnershipService(jdbi, LONDON);
        long id = partnerships.setup(at(workspace, board, clock), "Sheffield First Partnership", List.of(), List.of())
                .partnership().id();
        new GroupService(jdbi, LONDON).setup(at(workspace, "CEQ" + workspace, clock),
                GroupCommands.setupRequest("name Equalities Theme Group"));
        partnerships.invite(at(workspace, board, clock), "CEQ" + workspace);
        partnerships.accept(at(workspace, "CEQ" + workspace, clock), id);
        partnerships.setMonthlyReport(at(workspace, board, clock), true);

        Outbox outbox = outbox(jdbi, clock);
        try {
            BoardReportSweep.Delivery toBoard = (handle, claimed) -> outbox.queue(handle, PartnershipBlocks.monthly(claimed));
            BoardReportSweep sweep = new BoardReportSweep(jdbi, clock, toBoard);

            clock.set(Instant.parse("2026-12-01T08:59:59Z")); // Tuesday 1 December, 08:59 in London
            assertThat(sweep.sweep()).isZero();
            clock.set(Instant.parse("2026-12-01T09:00:00Z"));
            assertThat(sweep.sweep()).isOne();
            assertThat(queued(jdbi, board)).containsExactly("board-report:" + id + ":2026-12");
            assertThat(sweep.sweep()).as("swept again").isZero();
            clock.set(Instant.parse("2026-12-14T12:00:00Z"));
            assertThat(new BoardReportSweep(jdbi, clock, toBoard).sweep()).as("after a restart").isZero();
            assertThat(queued(jdbi, board)).hasSize(1);

            // January's report fails half-way: nothing of it stays, and the next sweep sends it.
            clock.set(Instant.parse("2027-01-04T09:30:00Z")); // 1 January is a bank holiday, then a weekend
            BoardReportSweep failing = new BoardReportSweep(jdbi, clock, (handle, claimed) -> {
                toBoard.deliver(handle, claimed);
                throw new IllegalStateException("the Slack layer broke");
            });
            assertThat(failing.sweep()).isZero();
            assertThat(queued(jdbi, board)).hasSize(1);
            assertThat(sweep.sweep()).isOne();
            assertThat(queued(jdbi, board)).containsExactly("board-report:" + id + ":2026-12",
                    "board-report:" + id + ":2027-01");
        } finally {
            outbox.close();
        }
    }

    private static Invocation at(String workspace, String channel, TestClock clock) {
        return new Invocation(workspace, channel, "channel", "U0PAM", clock.instant());
    }

    /** The real outbox, not started: what the sweep queues stays in its table to be looked at. */
    private static Outbox outbox(Jdbi jdbi, TestClock clock) {
        SlackClients slack = SlackClients.single(Slack.getInstance().methods("xoxb-not-used"));
        Outbox outbox = new Outbox(jdbi, slack, Optional.empty(), new UserNames(jdbi, slack, clock), clock,
                Duration.ofSeconds(1), new Liveness.OnlyThis("test"),
                DeliveryFailures::recipients, DeliveryFailures::report, (workspace, user, notice) -> null);
        PartnershipBlocks.KINDS.forEach(outbox::register);
        return outbox;
    }

    /** The dedupe keys of the board reports queued to the board channel. */
    private static List<String> queued(Jdbi jdbi, String board) {
        return jdbi.withHandle(h -> h.createQuery("SELECT dedupe_key FROM outbox WHERE conversation = :board AND kind = "
                + "'partnership.report' ORDER BY id").bind("board", board).mapTo(String.class).list());
    }
}
