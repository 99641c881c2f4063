package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.JUNE;
import static org.themebot.it.TestBot.SUE;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.TestClock;

/**
 * A partnership board over three theme groups through the whole app: the invitation's buttons,
 * the roll-up showing only groups that accepted, a group leaving before the monthly report, and
 * that report sent once at 09:00 on the first working day, across a restart.
 */
class PartnershipIT {

    /** Monday 29 June 2026, mid-morning in London: the July report is due on Wednesday 1 July at 09:00. */
    private static final TestClock CLOCK = TestClock.running(Instant.parse("2026-06-29T09:30:00Z"));
    private static final Instant JULY_REPORT = Instant.parse("2026-07-01T08:00:00Z"); // 09:00 BST

    @RegisterExtension
    static final TestBot bot = new TestBot(CLOCK);

    @Test
    void theRollUpShowsOnlyGroupsThatJoinedAndTheMonthlyReportGoesOnceAcrossARestart() throws Exception {
        String board = bot.newChannel("board");
        String equalities = bot.newChannel("equalities");
        String safer = bot.newChannel("safer");
        String youth = bot.newChannel("youth");
        bot.setUpGroup(equalities, "Equalities Theme Group", SUE, SUE);
        bot.setUpGroup(safer, "Safer Communities Group", DEBBIE, DEBBIE);
        bot.setUpGroup(youth, "Youth Forum Group", BALBIR, BALBIR);
        quiet(SUE, equalities, "/action", "add Equality impact assessment of grants | Cllr Kevin Foster | 1 May 2026");
        quiet(SUE, equalities, "/goodpractice", "submit Hate crime reporting in schools | | race");
        quiet(DEBBIE, safer, "/action", "add Safer streets audit | ALL | Dec 2026");
        quiet(BALBIR, youth, "/action", "add Youth survey | ALL | 1 Jan 2026");

        CommandResult setup = bot.command(JUNE, board, "/partnership", "setup Sheffield First Partnership");
        assertThat(setup.ackText()).contains("Sheffield First Partnership", "board channel", "<@" + JUNE + ">");
        for (String group : List.of(equalities, safer, youth)) {
            CommandResult invite = bot.command(JUNE, board, "/partnership", "invite <#" + group + "|"
                    + bot.fake().channelName(group) + ">");
            assertThat(invite.ackText()).contains("Invitation sent to <#" + group + ">");
        }
        FakeSlack.Message toEqualities = InSlack.awaitMessage(bot, equalities, "invites");
        assertThat(toEqualities.readable()).contains("Sheffield First Partnership", "Equalities Theme Group", "Accept",
                "Decline");

        // A member cannot answer for the group; its chairs can, and the board is told.
        CommandResult notAllowed = bot.client().blockAction(JUNE, equalities, "partnership_accept", value(toEqualities),
                null, toEqualities);
        assertThat(bot.awaitPrivateReplies(notAllowed).get(0).readable()).contains("Only the group's chairs and secretaries");
        bot.client().blockAction(SUE, equalities, "partnership_accept", value(toEqualities), null, toEqualities);
        FakeSlack.Message toSafer = InSlack.awaitMessage(bot, safer, "invites");
        bot.client().blockAction(DEBBIE, safer, "partnership_accept", value(toSafer), null, toSafer);
        assertThat(InSlack.awaitMessage(bot, board, "Safer Communities Group* joined").readable())
                .contains("accepted by Debbie Briggs");
        assertThat(FakeSlack.waitFor(() -> bot.fake().messages(equalities).stream()
                .anyMatch(m -> m.updates() > 0 && m.readable().contains("joined")), FakeSlack.PATIENCE))
                .as("the invitation is replaced by its answer").isTrue();

        // The roll-up: each member's figures; the group that has not accepted shows nothing.
        String shown = bot.command(SUE, board, "/partnership", "show").ackText();
        assertThat(shown).contains("Sheffield First Partnership Board Report June 2026", "2 member groups",
                "*Equalities Theme Group*", "Open *1* · Overdue *1*", "Oldest overdue: *A1* Equality impact assessment",
                "*Safer Communities Group*", "Open *1* · Overdue *0*", "race 1", "*Hidden voices:* disability",
                "Invited, not answered yet: <#" + youth + ">")
                .doesNotContain("Youth Forum Group", "Youth survey");

        CommandResult monthly = bot.command(JUNE, board, "/partnership", "report monthly");
        assertThat(monthly.ackText()).contains("the next is on Wednesday 1 July 2026 at 09:00");

        // A group that leaves is gone from the next report.
        CommandResult leave = bot.command(DEBBIE, safer, "/partnership", "leave");
        assertThat(leave.ackText()).contains("has left");
        InSlack.awaitMessage(bot, board, "Safer Communities Group* left");

        CLOCK.set(JULY_REPORT);
        String report = InSlack.awaitMessage(bot, board, "Board Report July 2026").readable();
        assertThat(report).contains("1 member group", "*Equalities Theme Group*")
                .doesNotContain("Safer Communities", "Youth Forum", "Invited, not answered");

        bot.restart();
        assertThat(FakeSlack.holdsFor(() -> reports(board) == 1, Duration.ofSeconds(2)))
                .as("swept again after a restart, the month's report is not sent twice").isTrue();

        FakeSlack.UploadedFile export = InSlack.awaitUpload(bot, JUNE, board, "/partnership", "export docx");
        assertThat(export.name()).isEqualTo("partnership-report-2026-07-01.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export.bytes()))) {
            assertThat(doc.getTables().get(0).getText()).contains("Equalities Theme Group")
                    .doesNotContain("Safer Communities", "Youth Forum");
        }

        // The annual report of the groups that are members now, as a PDF.
        FakeSlack.UploadedFile annual = InSlack.awaitUpload(bot, JUNE, board, "/partnership", "report 2026/27 pdf");
        assertThat(annual.name()).isEqualTo("partnership-annual-report-2026-27.pdf");
        try (PDDocument pdf = Loader.loadPDF(annual.bytes())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Sheffield First Partnership Annual Report 2026/27", "Equalities Theme Group: action plan",
                            "Hate crime reporting in schools")
                    .doesNotContain("Safer Communities", "Youth Forum");
        }
    }

    // ---- helpers

    private static void quiet(String user, String channel, String command, String text) {
        assertThat(bot.command(user, channel, command, text).ackText()).as(command + " " + text).isEmpty();
    }

    /** The Accept button's value: the partnership's id. */
    private static String value(FakeSlack.Message invitation) {
        return invitation.blocks().findValues("elements").stream().flatMap(e -> java.util.stream.StreamSupport
                        .stream(e.spliterator(), false)).filter(e -> "partnership_accept".equals(e.path("action_id").asText()))
                .findFirst().orElseThrow().path("value").asText();
    }

    private static long reports(String board) {
        return bot.fake().messages(board).stream().filter(m -> m.readable().contains("Board Report July 2026")).count();
    }
}
