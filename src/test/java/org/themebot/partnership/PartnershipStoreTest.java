package org.themebot.partnership;

import static org.assertj.core.groups.Tuple.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.themebot.partnership.Board.BOARD;
import static org.themebot.partnership.Board.PAM;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.themebot.store.BothDatabases;
import org.themebot.store.Database;

/** The partnership tables, the roll-up's reads and the monthly claim, on SQLite and PostgreSQL. */
class PartnershipStoreTest {

    private static final AtomicInteger workspaces = new AtomicInteger();

    @RegisterExtension
    static final BothDatabases both = new BothDatabases();

    static Stream<Arguments> databases() {
        return both.arguments();
    }

    /** Each test in a workspace of its own: the databases are shared by the class. */
    private static Board board(Jdbi jdbi) {
        return new Board(jdbi, "TP" + workspaces.incrementAndGet());
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the class shares its databases
    @MethodSource("databases")
    void aPartnershipItsOfficersAndMembersGoInAndComeBack(String name, Database database) {
        Board board = board(database.jdbi());
        Partnership partnership = board.partnerships.setup(board.at(BOARD, PAM, "2026-09-01T09:00:00Z"),
                "Café Partnership — 多様性", List.of(PAM, "U0CO"), List.of("U0SEC")).partnership();
        board.group("C0A", "Group A", "U0A", "2026-09-01T09:00:00Z", "");
        board.group("C0B", "Group B", "U0B", "2026-09-01T09:00:00Z", "");
        board.partnerships.invite(board.at(BOARD, PAM, "2026-09-02T09:00:00Z"), "C0A");
        board.partnerships.invite(board.at(BOARD, PAM, "2026-09-02T09:01:00Z"), "C0B");
        board.partnerships.accept(board.at("C0A", "U0A", "2026-09-03T09:00:00Z"), partnership.id());
        PartnershipStore store = database.jdbi().onDemand(PartnershipStore.class);

        assertThat(store.find(board.workspace, BOARD)).contains(new Partnership(partnership.id(), board.workspace, BOARD,
                "Café Partnership — 多様性", Board.LONDON, List.of(PAM, "U0CO"), List.of("U0SEC"), false,
                Optional.empty(), Instant.parse("2026-09-01T09:00:00Z")));
        assertThat(store.members(partnership.id())).extracting(PartnershipStore.MemberRow::groupName,
                PartnershipStore.MemberRow::memberStatus).containsExactly(
                tuple("Group A", MemberStatus.MEMBER),
                tuple("Group B", MemberStatus.INVITED));
        long groupA = store.members(partnership.id()).get(0).groupId();
        assertThat(store.partnershipOf(groupA)).contains(partnership.id());
        // The database, too, keeps a group in one partnership at a time.
        long other = database.jdbi().inTransaction(h -> h.attach(PartnershipStore.class).insert(board.workspace,
                "C0OTHER", "Other", "Europe/London", PAM, Instant.parse("2026-09-04T09:00:00Z")));
        assertThatThrownBy(() -> database.jdbi().useTransaction(h -> {
            PartnershipStore s = h.attach(PartnershipStore.class);
            s.invite(other, groupA, PAM, Instant.parse("2026-09-04T09:00:00Z"));
            s.answer(other, groupA, "member", "U0A", Instant.parse("2026-09-04T09:00:00Z"));
        })).isInstanceOf(Exception.class);
        assertThat(store.partnershipOf(groupA)).contains(partnership.id());
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the class shares its databases
    @MethodSource("databases")
    void aMonthsReportIsClaimedOnceEvenByRacingInstances(String name, Database database) throws Exception {
        Jdbi jdbi = database.jdbi();
        Board board = board(jdbi);
        long id = board.setUp("2026-09-01T09:00:00Z").id();
        board.group("C0A", "Group A", "U0A", "2026-09-01T09:00:00Z", "");
        board.action("C0A", "U0A", "2026-09-02T09:00:00Z", "Overdue | Amy | 1 Oct 2026");
        board.action("C0A", "U0A", "2026-09-02T09:00:00Z", "Done | Amy | 1 Dec 2026");
        board.done("C0A", "U0A", "2026-11-20T09:00:00Z", "A2");
        board.partnerships.invite(board.at(BOARD, PAM, "2026-09-02T09:00:00Z"), "C0A");
        board.partnerships.accept(board.at("C0A", "U0A", "2026-09-03T09:00:00Z"), id);
        Instant december = Instant.parse("2026-12-01T09:00:00Z");

        assertThat(claim(jdbi, id, december)).isEmpty(); // report off
        board.partnerships.setMonthlyReport(board.at(BOARD, PAM, "2026-11-27T10:00:00Z"), true);
        List<Long> monthly = jdbi.inTransaction(BoardReports::monthly);
        assertThat(monthly).contains(id);
        assertThat(claim(jdbi, id, december.minusSeconds(1))).isEmpty();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Optional<BoardReports.Claimed>> claim = () -> claim(jdbi, id, december);
            List<Future<Optional<BoardReports.Claimed>>> results = pool.invokeAll(List.of(claim, claim, claim, claim));
            List<BoardReports.Claimed> claimed = results.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).flatMap(Optional::stream).toList();

            assertThat(claimed).hasSize(1);
            assertThat(claimed.get(0).month()).isEqualTo(YearMonth.of(2026, 12));
            assertThat(claimed.get(0).dedupeKey()).isEqualTo("board-report:" + id + ":2026-12");
            BoardReport.GroupFigures figures = claimed.get(0).report().groups().get(0);
            assertThat(figures.open()).isEqualTo(1);
            assertThat(figures.overdue()).isEqualTo(1);
            assertThat(figures.doneThisQuarter()).isEqualTo(1);
            assertThat(figures.oldestOverdue()).contains(new BoardReport.OverdueAction("A1", "Overdue",
                    LocalDate.of(2026, 10, 1), 61));
        } finally {
            pool.shutdown();
        }
        // A restart later in the month finds the claim and sends nothing; January's is claimed in January.
        assertThat(claim(jdbi, id, Instant.parse("2026-12-20T09:00:00Z"))).isEmpty();
        assertThat(claim(jdbi, id, Instant.parse("2027-01-04T09:00:00Z")))
                .map(BoardReports.Claimed::month).contains(YearMonth.of(2027, 1));
    }

    private static Optional<BoardReports.Claimed> claim(Jdbi jdbi, long id, Instant at) {
        return jdbi.inTransaction(h -> BoardReports.claimDue(h, id, at));
    }
}
