package org.themebot.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.themebot.partnership.Board.BOARD;
import static org.themebot.partnership.Board.PAM;

import java.time.Instant;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.themebot.actions.ActionService;
import org.themebot.meetings.MeetingAsCommands;
import org.themebot.meetings.MeetingLinks;
import org.themebot.plans.DocumentFormat;
import org.themebot.plans.AnnualReport;
import org.themebot.plans.AnnualReportDocument;
import org.themebot.plans.CombinedAnnualReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.nio.file.Files;
import org.junit.jupiter.api.io.TempDir;
import org.themebot.commands.CommandError;
import org.themebot.commands.NotAllowed;
import org.themebot.groups.GroupService;
import org.themebot.meetings.MeetingService;
import org.themebot.goodpractice.TabledGoodPractice;
import org.themebot.plans.StrandExamples;
import org.themebot.store.TestDatabase;

/** Three groups in a partnership: one accepts, one never does, one leaves. */
class PartnershipServiceTest {

    private static final String NOW = "2026-11-27T10:00:00Z";
    private static final String EQ = "C0EQ";
    private static final String SAFE = "C0SAFE";
    private static final String YOUTH = "C0YOUTH";
    private static final String SUE = "U0SUE";
    private static final String RAJ = "U0RAJ";
    private static final String AMY = "U0AMY";

    @TempDir
    Path dir;
    private Board board;
    private PartnershipService partnerships;
    private long partnershipId;

    @BeforeEach
    void threeGroupsAndABoard() {
        board = new Board(TestDatabase.sqlite(dir).jdbi(), "T1");
        partnerships = board.partnerships;
        partnershipId = board.setUp("2026-09-01T09:00:00Z").id();
        board.group(EQ, "E&CC Theme Group", SUE, "2026-09-01T09:00:00Z", "");
        board.group(SAFE, "Safer Communities", RAJ, "2026-09-01T09:00:00Z", "race, disability, new arrivals");
        board.group(YOUTH, "Youth Voice", AMY, "2026-09-01T09:00:00Z", "");

        board.action(EQ, SUE, "2026-09-02T09:00:00Z", "Oldest overdue | Sue Bent | 1 Oct 2026");
        board.action(EQ, SUE, "2026-09-02T09:00:00Z", "Also overdue | Sue Bent | 20 Nov 2026");
        board.action(EQ, SUE, "2026-09-02T09:00:00Z", "Not yet due | Sue Bent | Dec 2026");
        board.action(EQ, SUE, "2026-09-02T09:00:00Z", "Done in September | Sue Bent | Dec 2026");
        board.action(EQ, SUE, "2026-09-02T09:00:00Z", "Done in October | Sue Bent | Dec 2026");
        board.done(EQ, SUE, "2026-09-20T09:00:00Z", "A4");
        board.done(EQ, SUE, "2026-10-05T09:00:00Z", "A5");
        board.atRisk(EQ, SUE, "2026-09-02T09:00:00Z", "Hate crime reporting");
        MeetingAsCommands meetings = new MeetingAsCommands(new MeetingService(board.jdbi, new TabledGoodPractice(),
                new ActionService(board.jdbi, new MeetingLinks())));
        meetings.start(board.at(EQ, SUE, "2026-11-04T09:00:00Z"), "2026-11-04");
        meetings.next(board.at(EQ, SUE, "2026-11-04T10:00:00Z"), "16 December 2026");
        board.goodPractice(EQ, SUE, "2026-09-03T09:00:00Z", "Hate crime in schools | | race, faith");

        board.action(SAFE, RAJ, "2026-09-02T09:00:00Z", "Safer streets audit | Raj | Jan 2027");
        board.goodPractice(SAFE, RAJ, "2026-09-03T09:00:00Z", "Welcome pack | | new arrivals");

        board.action(YOUTH, AMY, "2026-09-02T09:00:00Z", "Youth survey | Amy | 1 Oct 2026");
        board.atRisk(YOUTH, AMY, "2026-09-02T09:00:00Z", "Youth forum");
        board.goodPractice(YOUTH, AMY, "2026-09-03T09:00:00Z", "Youth pride event | | sexual orientation, gender");

        for (String channel : List.of(EQ, SAFE, YOUTH)) {
            partnerships.invite(board.at(BOARD, PAM, "2026-09-10T09:00:00Z"), channel);
        }
        partnerships.accept(board.at(EQ, SUE, "2026-09-11T09:00:00Z"), partnershipId);
        partnerships.accept(board.at(SAFE, RAJ, "2026-09-11T09:00:00Z"), partnershipId);
        // Youth Voice never answers.
    }

    @Test
    void theRollUpShowsEachMemberGroupsFiguresAndNothingOfAGroupThatHasNotAccepted() {
        BoardReport report = partnerships.show(board.at(BOARD, "U0ANYONE", NOW));

        assertThat(report.title()).isEqualTo("Sheffield First Partnership Board Report November 2026");
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(report.groups()).containsExactly(
                new BoardReport.GroupFigures("E&CC Theme Group", EQ, 3, 2, 1,
                        Optional.of(new BoardReport.OverdueAction("A1", "Oldest overdue", LocalDate.of(2026, 10, 1), 57)),
                        List.of("P1 Hate crime reporting"), Optional.of(LocalDate.of(2026, 12, 16))),
                new BoardReport.GroupFigures("Safer Communities", SAFE, 1, 0, 0, Optional.empty(), List.of(),
                        Optional.empty()));
        assertThat(report.pendingChannels()).containsExactly(YOUTH);
        // Strands: the six statutory (E&CC) then Safer Communities' others; Youth Voice's example is not counted.
        assertThat(report.goodPractice()).containsExactly(
                new StrandExamples("race", List.of("Hate crime in schools")),
                new StrandExamples("disability", List.of()),
                new StrandExamples("gender", List.of()),
                new StrandExamples("age", List.of()),
                new StrandExamples("religion or belief", List.of("Hate crime in schools")),
                new StrandExamples("sexual orientation", List.of()),
                new StrandExamples("new arrivals", List.of("Welcome pack")));
        assertThat(report.gaps()).containsExactly("disability", "gender", "age", "sexual orientation");
    }

    @Test
    void aGroupThatLeavesDisappearsFromTheNextReport() {
        partnerships.setMonthlyReport(board.at(BOARD, PAM, "2026-11-01T09:00:00Z"), true);
        PartnershipService.Answered left = partnerships.leave(board.at(SAFE, RAJ, "2026-11-27T09:00:00Z"));

        assertThat(left.status()).isEqualTo(MemberStatus.LEFT);
        assertThat(left.partnership().name()).isEqualTo("Sheffield First Partnership");
        BoardReports.Claimed december = board.jdbi.inTransaction(handle -> BoardReports.claimDue(handle,
                partnershipId, Instant.parse("2026-12-01T09:00:00Z"))).orElseThrow();
        assertThat(december.report().groups()).extracting(BoardReport.GroupFigures::groupName)
                .containsExactly("E&CC Theme Group");
        assertThat(december.report().goodPractice()).extracting(StrandExamples::strand).doesNotContain("new arrivals");
        assertThatThrownBy(() -> partnerships.leave(board.at(SAFE, RAJ, NOW)))
                .hasMessage("Safer Communities is not in a partnership.");
    }

    @Test
    void aGroupInvitedBackMayJoinAgainButIsInOnePartnershipAtATime() {
        partnerships.leave(board.at(SAFE, RAJ, NOW));
        partnerships.invite(board.at(BOARD, PAM, NOW), SAFE);
        new PartnershipService(board.jdbi, Board.LONDON).setup(board.at("C0OTHERBOARD", "U0OTHER", NOW), "Other",
                List.of(), List.of());
        long other = board.jdbi.onDemand(PartnershipStore.class).find("T1", "C0OTHERBOARD").orElseThrow().id();
        partnerships.invite(board.at("C0OTHERBOARD", "U0OTHER", NOW), SAFE);
        partnerships.invite(board.at("C0OTHERBOARD", "U0OTHER", NOW), EQ);

        assertThat(partnerships.accept(board.at(SAFE, RAJ, NOW), partnershipId).status()).isEqualTo(MemberStatus.MEMBER);
        assertThatThrownBy(() -> partnerships.accept(board.at(SAFE, RAJ, NOW), other))
                .isInstanceOfSatisfying(CommandError.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Safer Communities is in Sheffield First Partnership already;"
                            + " /partnership leave first.");
                    assertThat(e.correctForm()).isEmpty();
                });
        assertThat(partnerships.decline(board.at(EQ, SUE, NOW), other).status()).isEqualTo(MemberStatus.DECLINED);
        assertThat(partnerships.show(board.at("C0OTHERBOARD", "U0OTHER", NOW)).groups()).isEmpty();
    }

    @Test
    void onlyTheRightPeopleMayActOnEachSide() {
        Map<String, String> before = TestDatabase.snapshot(board.jdbi);

        assertThatThrownBy(() -> partnerships.invite(board.at(BOARD, SUE, NOW), YOUTH))
                .isInstanceOfSatisfying(NotAllowed.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Only the partnership's chairs and secretaries may invite groups.");
                    assertThat(e.allowedUserIds()).containsExactly(PAM, "U0PAMSEC");
                });
        assertThatThrownBy(() -> partnerships.accept(board.at(YOUTH, "U0MEMBER", NOW), partnershipId))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> partnerships.leave(board.at(EQ, "U0MEMBER", NOW))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> partnerships.setMonthlyReport(board.at(BOARD, SUE, NOW), true))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> partnerships.export(board.at(BOARD, SUE, NOW))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> partnerships.setup(board.at(BOARD, SUE, NOW), "Taken over", List.of(SUE), List.of()))
                .isInstanceOf(NotAllowed.class);
        assertThat(TestDatabase.snapshot(board.jdbi)).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedSayingWhatWasWrongAndChangesNothing() {
        Map<String, String> before = TestDatabase.snapshot(board.jdbi);

        assertError(() -> partnerships.setup(board.at("C0NEW", PAM, NOW), "  ", List.of(), List.of()),
                "Give the partnership a name.");
        assertError(() -> partnerships.setup(board.at(EQ, SUE, NOW), "Board here", List.of(), List.of()),
                "This channel is the home of E&CC Theme Group; a partnership's board needs a channel of its own.");
        assertError(() -> new GroupService(board.jdbi, ZoneId.of("Europe/London")).setup(board.at(BOARD, PAM, NOW),
                        GroupService.SetupRequest.NOTHING),
                "This channel is the board of Sheffield First Partnership; a theme group needs a channel of its own.");
        assertError(() -> partnerships.invite(board.at(BOARD, PAM, NOW), "C0NOGROUP"),
                "That channel has no theme group: its chair runs /themegroup setup there first.");
        assertError(() -> partnerships.invite(board.at(BOARD, PAM, NOW), EQ), "E&CC Theme Group is a member already.");
        assertError(() -> partnerships.show(board.at(EQ, SUE, NOW)),
                "This channel is not a partnership's board channel yet: /partnership setup <name> makes it one.");
        assertError(() -> partnerships.accept(board.at(EQ, SUE, NOW), partnershipId),
                "E&CC Theme Group has no open invitation from Sheffield First Partnership.");
        assertThat(TestDatabase.snapshot(board.jdbi)).isEqualTo(before);
    }

    @Test
    void anotherWorkspaceCannotAcceptForThisPartnership() {
        Board elsewhere = new Board(board.jdbi, "T2");
        elsewhere.group(EQ, "Same channel id, other workspace", SUE, NOW, "");

        assertThatThrownBy(() -> elsewhere.partnerships.accept(elsewhere.at(EQ, SUE, NOW), partnershipId))
                .hasMessage("That partnership no longer exists.");
    }

    @Test
    void theMonthlyReportIsOnFromNowAndSaysWhenTheNextGoes() {
        PartnershipService.Scheduled on = partnerships.setMonthlyReport(board.at(BOARD, PAM, NOW), true);
        PartnershipService.Export export = partnerships.export(board.at(BOARD, PAM, NOW));

        assertThat(on.next()).contains(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(on.partnership().monthlyReport()).isTrue();
        assertThat(partnerships.setMonthlyReport(board.at(BOARD, PAM, NOW), false).next()).isEmpty();
        assertThat(export.fileName(DocumentFormat.DOCX)).isEqualTo("partnership-report-2026-11-27.docx");
        assertThat(export.report().groups()).hasSize(2);
    }

    /** The error says what was wrong; the command's table adds the correct form. */
    private static void assertError(Runnable call, String problem) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CommandError.class, e -> {
            assertThat(e.getMessage()).isEqualTo(problem);
            assertThat(e.correctForm()).isEmpty();
        });
    }

    @Test
    void theAnnualReportHasEachMemberGroupsYearAndNothingOfOthersInWordOrPdf() throws Exception {
        assertThatThrownBy(() -> partnerships.annualReport(board.at(BOARD, SUE, NOW), "2026/27"))
                .isInstanceOf(NotAllowed.class);
        partnerships.leave(board.at(SAFE, RAJ, "2026-11-20T09:00:00Z"));
        PartnershipService.AnnualData data = partnerships.annualReport(board.at(BOARD, PAM, NOW), "2026/27");
        CombinedAnnualReport report = data.toReport(userId -> "Sue Bent");

        assertThat(data.fileName(DocumentFormat.PDF)).isEqualTo("partnership-annual-report-2026-27.pdf");
        assertThat(report.title()).isEqualTo("Sheffield First Partnership Annual Report 2026/27");
        assertThat(report.groups()).extracting(CombinedAnnualReport.GroupReport::groupName)
                .containsExactly("E&CC Theme Group");
        assertThat(report.groups().get(0).report().objectives()).extracting(AnnualReport.Objective::objective)
                .containsExactly("Hate crime reporting");
        assertThat(report.gaps()).containsExactly("disability", "gender", "age", "sexual orientation");

        byte[] pdf = AnnualReportDocument.render(report, DocumentFormat.PDF);
        Files.write(Files.createDirectories(Path.of("target", "plan-samples")).resolve(data.fileName(DocumentFormat.PDF)),
                pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Sheffield First Partnership Annual Report 2026/27",
                    "1 April 2026 to 31 March 2027", "E&CC Theme Group: action plan", "P1. Hate crime reporting",
                    "E&CC Theme Group: meetings held (1)", "Good practice by equality strand across the partnership",
                    "Hidden voices: no group has an example for disability, gender, age and sexual orientation.")
                    .doesNotContain("Safer Communities", "Youth");
        }
    }
}
