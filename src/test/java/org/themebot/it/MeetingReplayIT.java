package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Equalities and Communities Theme Group meeting of Wednesday 3 September 2008 replayed over
 * signed HTTP, as the secretary would type it, and its exports compared with what was circulated.
 * The tests run in order: one meeting, then what a secretary does with it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingReplayIT {

    @RegisterExtension
    static final TestBot bot = new TestBot();

    static final String SALLY = "U0SALLY";
    static final String ANDREW = "U0ANDREW";
    static String channel;

    static final List<String> PRESENT = List.of("Sue Bent", "June Jeffrey", "Alison Porter", "Balbir Sohal", "Sally Giles",
            "Cllr Kevin Foster", "Chaman Verma", "Dawn Ford", "Supt Jim Titley", "Debbie Briggs", "Andrew Harrison");
    static final List<String> APOLOGIES = List.of("June Morley", "John Brady", "Caron Grainger", "Jenni Venn",
            "Bridget Mauldrige", "Bill Hall", "Janita Wesson", "Teresa Staniewicz", "Janice Nichols", "Charley Gibbons",
            "Jody Gordon", "Richard Tomlins", "Alison Quigley");

    /** Item title, its note, and its actions as typed: text | who | timescale. */
    record Item(String title, String note, List<String> actions) {
    }

    static List<Item> items() {
        return List.of(
                new Item("New Coventry Partnership Development Manager",
                        "Sue welcomed Dawn Ford to the meeting. Dawn is the new Coventry Partnership Development Manager.",
                        List.of()),
                new Item("Revised Terms of Reference for the E&amp;CC Theme Group",
                        "Proposed new ToRs were circulated with the papers for this meeting.",
                        List.of("Forward the Home Office Toolkit to Debbie for circulation to the group | "
                                        + bot.mention(TestBot.BALBIR) + "/ " + bot.mention(TestBot.DEBBIE) + " | Sept 08",
                                "Sue and Debbie to get together and make the suggested changes to the ToRs | "
                                        + bot.mention(TestBot.SUE) + "/ " + bot.mention(TestBot.DEBBIE) + " | 22 Oct 08")),
                new Item("Making Coventry a More Equal and Cohesive City – Progress Update",
                        "Andrew Harrison circulated a paper outlining his thoughts so far on the good practice guide.",
                        List.of("Look for some examples of more managerial aspects in CLYP | " + bot.mention(SALLY)
                                        + " | Sept/Oct 08",
                                "Set up a sub group meeting to move this forward involving Sue, Jenni, Sally, June and Andrew | "
                                        + bot.mention(TestBot.DEBBIE) + " | Sept/Oct 08",
                                "Bring the draft guidance to the next meeting on 22 October 2008 | " + bot.mention(ANDREW)
                                        + " | 22 Oct 08")),
                new Item("Sharing Good Practice",
                        "Good practice examples will be put on the agenda for the next meeting.",
                        List.of("Let Debbie know of any good practice examples so they can be put on the agenda for the next meeting | ALL | 8 Oct 08")));
    }

    @BeforeAll
    static void replayTheMeeting() {
        bot.fake().addUser(SALLY, "Sally Giles").addUser(ANDREW, "Andrew Harrison");
        channel = bot.newChannel("equalities-communities");
        secretary("/themegroup", "setup name Equalities and Communities Theme Group chair " + bot.mention(TestBot.SUE)
                + " secretary " + bot.mention(TestBot.DEBBIE));
        secretary("/meeting", "start 2008-09-03");
        secretary("/meeting", "present " + names(PRESENT));
        secretary("/meeting", "apologies " + names(APOLOGIES));
        for (Item item : items()) {
            secretary("/meeting", "item " + item.title());
            secretary("/meeting", "note " + item.note());
            item.actions().forEach(action -> secretary("/action", "add " + action));
        }
        secretary("/meeting", "next 22 October 2008");
        secretary("/meeting", "end");
        bot.awaitOutboxSent(); // the summary with its export buttons is in the channel before any test looks
    }

    @Test
    @Order(1)
    void markdownExportIsTheCirculatedLayout() throws IOException {
        assertThat(new String(export("md"), StandardCharsets.UTF_8)).isEqualTo(golden("export/action-notes-2008-09-03.md"));
    }

    @Test
    @Order(2)
    void csvHasOneRowPerActionWithItsDueDate() throws IOException {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(export("csv"), StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).extracting(r -> r.get("due_date"))
                .containsExactly("2008-09-30", "2008-10-22", "2008-10-31", "2008-10-31", "2008-10-22", "2008-10-08");
        assertThat(rows).extracting(r -> r.get("ref")).containsExactly("A1", "A2", "A3", "A4", "A5", "A6");
        assertThat(rows.get(0).get("who")).isEqualTo("Balbir Sohal / Debbie Briggs");
        assertThat(rows.get(0).get("item_title")).isEqualTo("Revised Terms of Reference for the E&CC Theme Group");
    }

    @Test
    @Order(3)
    void docxTableHoldsTheItemsAndActionRows() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(export("docx")))) {
            List<XWPFTableRow> rows = doc.getTables().get(0).getRows();
            assertThat(cells(rows.get(0))).containsExactly("Action", "Timescale", "Who");
            assertThat(rows).map(MeetingReplayIT::cells).contains(
                    List.of("Forward the Home Office Toolkit to Debbie for circulation to the group", "Sept 08",
                            "Balbir Sohal / Debbie Briggs"),
                    List.of("Let Debbie know of any good practice examples so they can be put on the agenda for the next meeting",
                            "8 Oct 08", "ALL"));
            assertThat(rows).map(r -> r.getCell(0).getText()).contains("2. Revised Terms of Reference for the E&CC Theme Group",
                    "5. Date of Next Meeting: 22 October 2008");
        }
    }

    @Test
    @Order(4)
    void exportButtonOfTheSummaryUploadsTheFile() {
        FakeSlack.Message summary = bot.fake().messages(channel).stream()
                .filter(m -> m.text().contains("ended")).findFirst().orElseThrow();
        JsonButton html = JsonButton.find(summary, "meeting_export_html");
        int before = bot.fake().files().size();
        CommandResult pressed = bot.client().blockAction(TestBot.DEBBIE, channel, html.actionId(), html.value(), null, summary);
        assertThat(pressed.status()).isEqualTo(200);
        List<FakeSlack.UploadedFile> files = FakeSlack.waitFor(() -> bot.fake().files().size() > before
                ? bot.fake().files() : null, Duration.ofSeconds(10));
        FakeSlack.UploadedFile file = files.get(files.size() - 1);
        assertThat(file.name()).isEqualTo("action-notes-2008-09-03.html");
        assertThat(file.channel()).isEqualTo(channel);
        assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).contains("E&amp;CC Theme Group");
    }

    @Test
    @Order(5)
    void nextMeetingShowsMattersArisingAndRecordsTheirReview() throws IOException {
        secretary("/meeting", "start 22 October 2008");
        String started = FakeSlack.waitFor(() -> bot.fake().messages(channel).stream().map(FakeSlack.Message::readable)
                .filter(t -> t.contains("Meeting M2") && t.contains("Matters arising")).findFirst().orElse(null),
                Duration.ofSeconds(10));
        assertThat(started).contains("A1", "Forward the Home Office Toolkit", "A6");
        secretary("/meeting", "item Matters arising");
        CommandResult done = bot.command(TestBot.BALBIR, channel, "/action", "done A1 sent round on 10 Sept");
        assertThat(done.ackText()).isEmpty();
        String markdown = new String(export("md"), StandardCharsets.UTF_8);
        assertThat(markdown).contains("(draft)", "**1. Matters arising**",
                "A1 Forward the Home Office Toolkit to Debbie for circulation to the group — done: sent round on 10 Sept");
    }

    @Test
    @Order(6)
    void nextMeetingDateResolvesActionsDueAtTheNextMeeting() {
        CommandResult added = bot.command(TestBot.SUE, channel, "/action", "add Report back on the guidance | "
                + bot.mention(TestBot.SUE) + " | next meeting");
        assertThat(added.ackText()).isEmpty();
        assertThat(bot.awaitReply(added, t -> t.contains("No due date"))).contains("next meeting");
        assertThat(bot.count("action", "timescale = ? AND due_date IS NULL", "next meeting")).isEqualTo(1);

        secretary("/meeting", "next 3 December 2008");

        assertThat(bot.count("action", "timescale = ? AND due_date = ?", "next meeting", "2008-12-03")).isEqualTo(1);
    }

    @Test
    @Order(7)
    void meetingCommandsRefuseWhatCannotBeDone() {
        List<String[]> refused = List.of(
                new String[] {TestBot.DEBBIE, "start 2008-10-22"},          // one is open already
                new String[] {TestBot.DEBBIE, "export pdf M1 M2"},          // cannot be read
                new String[] {TestBot.DEBBIE, "export md M9"},              // no such meeting
                new String[] {TestBot.DEBBIE, "next 31/02/09"},             // no such day
                new String[] {TestBot.BALBIR, "end"});                       // only officers
        var before = bot.tableStates(TestBot.DOMAIN_TABLES);
        for (String[] command : refused) {
            CommandResult result = bot.command(command[0], channel, "/meeting", command[1]);
            assertThat(result.ackIsEphemeral()).as(command[1]).isTrue();
            assertThat(result.ackText()).as(command[1]).isNotBlank();
        }
        assertThat(bot.tableStates(TestBot.DOMAIN_TABLES)).isEqualTo(before);
    }

    // ---- helpers

    private static void secretary(String command, String text) {
        CommandResult result = bot.command(TestBot.DEBBIE, channel, command, text);
        assertThat(result.status()).as(command + " " + text).isEqualTo(200);
        assertThat(result.elapsedMs()).as(command + " " + text).isLessThan(3000);
        assertThat(result.ackText()).as("no error for " + command + " " + text).doesNotContain(":warning:", ":x:");
    }

    /** Real names of the seeded users as mentions, the rest as typed: "A, B and C". */
    private static String names(List<String> people) {
        List<String> typed = people.stream().map(name -> Optional.ofNullable(switch (name) {
            case "Sue Bent" -> TestBot.SUE;
            case "Debbie Briggs" -> TestBot.DEBBIE;
            case "Balbir Sohal" -> TestBot.BALBIR;
            case "Sally Giles" -> SALLY;
            case "Andrew Harrison" -> ANDREW;
            default -> null;
        }).map(bot::mention).orElse(name)).toList();
        return String.join(", ", typed.subList(0, typed.size() - 1)) + " and " + typed.get(typed.size() - 1);
    }

    private static byte[] export(String format) {
        int before = bot.fake().files().size();
        secretary("/meeting", "export " + format);
        List<FakeSlack.UploadedFile> files = FakeSlack.waitFor(
                () -> bot.fake().files().size() > before ? bot.fake().files() : null, Duration.ofSeconds(15));
        assertThat(files).as("an uploaded " + format).isNotNull();
        FakeSlack.UploadedFile file = files.get(files.size() - 1);
        assertThat(file.channel()).isEqualTo(channel);
        assertThat(file.name()).endsWith("." + format);
        return file.bytes();
    }

    private static String golden(String resource) throws IOException {
        try (InputStream in = MeetingReplayIT.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
    }

    /** A button of a posted message, found by its action id. */
    record JsonButton(String actionId, String value) {
        static JsonButton find(FakeSlack.Message message, String actionId) {
            for (var block : message.blocks()) {
                for (var element : block.path("elements")) {
                    if (actionId.equals(element.path("action_id").asText())) {
                        return new JsonButton(actionId, element.path("value").asText());
                    }
                }
            }
            throw new AssertionError("no button " + actionId + " in " + message.readable());
        }
    }
}
