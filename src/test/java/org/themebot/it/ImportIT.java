package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.JUNE;
import static org.themebot.it.TestBot.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Importing action notes through the whole app: a file shared in a channel, the "Import action
 * notes" shortcut on its message, the preview modal, and its submission — and every bad file refused
 * with nothing written.
 */
class ImportIT {

    @RegisterExtension
    static final TestBot bot = new TestBot();

    static final String SHORTCUT = "import_action_notes";
    static final String PREVIEW = "import_action_notes_preview";
    static final String GROUP = "Equalities and Communities Theme Group";
    /** Reading a Word file the first time loads POI's schemas: seconds on a busy machine. */
    static final Duration PREVIEW_PATIENCE = Duration.ofSeconds(60);
    static final List<String> WRITTEN = Stream.concat(TestBot.DOMAIN_TABLES.stream(),
            Stream.of("meeting", "meeting_attendee", "agenda_item", "meeting_note", "pending_import")).toList();

    @Test
    void aMeetingExportedToWordAndImportedElsewhereExportsTheSameMarkdown() {
        String original = bot.newChannel("original");
        bot.setUpGroup(original, GROUP, SUE, DEBBIE);
        for (String typed : List.of("start 2008-09-03",
                "present " + bot.mention(SUE) + ", June Jeffrey, " + bot.mention(BALBIR) + " and " + bot.mention(DEBBIE),
                "apologies John Brady and Jenni Venn",
                "note Sue welcomed everyone.",
                "item Revised Terms of Reference for the E&amp;CC Theme Group",
                "note Proposed new ToRs were circulated &lt;with the papers&gt;.")) {
            secretary(original, "/meeting", typed);
        }
        secretary(original, "/action", "add Forward the Home Office Toolkit to Debbie | " + bot.mention(BALBIR) + "/ "
                + bot.mention(DEBBIE) + " | Sept 08");
        secretary(original, "/meeting", "item Sharing Good Practice");
        secretary(original, "/action", "add Let Debbie know of any good practice examples | ALL | next meeting");
        secretary(original, "/action", "add Report back to the Partnership | Cllr Kevin Foster | 2008/09");
        secretary(original, "/meeting", "next 22 October 2008");
        secretary(original, "/meeting", "end");
        String markdown = new String(export(original, "md"), StandardCharsets.UTF_8);
        byte[] word = export(original, "docx");

        String copy = bot.newChannel("copy");
        bot.setUpGroup(copy, GROUP, SUE, DEBBIE);
        ObjectNode shared = bot.fake().shareFile(DEBBIE, copy, "Our last meeting", "action-notes-2008-09-03.docx", word);
        Map<String, TestBot.TableState> before = bot.tableStates(WRITTEN);
        long mark = bot.fake().mark();
        JsonNode preview = preview(DEBBIE, copy, shared);

        String shown = ReadableText.of(preview);
        assertThat(shown).contains("action-notes-2008-09-03.docx", "1. Revised Terms of Reference for the E&amp;CC Theme Group",
                "Proposed new ToRs were circulated &lt;with the papers&gt;.", "<@" + BALBIR + "> / <@" + DEBBIE + ">",
                "_Sept 08_ → due Tue 30 Sept 2008", "due at the next meeting, Wed 22 Oct 2008", "Cllr Kevin Foster",
                "John Brady", "Wednesday 22 October 2008");
        assertThat(preview.path("blocks").findValuesAsText("initial_date")).containsExactly("2008-09-03");
        assertThat(bot.fake().requests("url_private").stream().filter(call -> call.seq() > mark))
                .singleElement()
                .satisfies(call -> assertThat(call.token()).isEqualTo(FakeSlack.BOT_TOKEN));
        assertThat(changed(before)).as("a preview writes nothing but the held notes").containsOnly("pending_import");

        CommandResult submitted = bot.client().viewSubmission(DEBBIE, preview, picked("2008-09-03"), null, null);
        assertThat(submitted.ack().path("response_action").isMissingNode()).as(submitted.rawAck()).isTrue();
        assertThat(bot.awaitChannelMessage(submitted, m -> m.readable().contains("Meeting M1 imported")))
                .anySatisfy(m -> assertThat(m.readable()).contains("2 items, 3 actions (A1–A3)"));
        assertThat(new String(export(copy, "md"), StandardCharsets.UTF_8)).isEqualTo(markdown);

        CommandResult again = bot.client().viewSubmission(DEBBIE, ((ObjectNode) preview.deepCopy()).put("hash", "other"),
                picked("2008-09-03"), null, null);
        assertThat(again.ack().path("errors").path("date").asText()).contains("no longer waiting to be imported");
        CommandResult start = secretary(copy, "/meeting", "start");
        assertThat(bot.awaitChannelMessage(start, m -> m.readable().contains("Matters arising")))
                .anySatisfy(m -> assertThat(m.readable()).contains("Forward the Home Office Toolkit to Debbie",
                        "Report back to the Partnership"));
    }

    @Test
    void theSeptember2008NotesAsWordKeepsThemAreImportedWithTheirPeopleMatched() throws IOException {
        String channel = bot.newChannel("september");
        bot.setUpGroup(channel, GROUP, SUE, DEBBIE);
        ObjectNode shared = bot.fake().shareFile(SUE, channel, "", "Action Notes 3 Sept 2008.docx", september());
        JsonNode preview = preview(SUE, channel, shared);
        assertThat(ReadableText.of(preview)).contains("<@" + SUE + ">, <@" + JUNE + ">, Alison Porter, <@" + BALBIR + ">",
                "4 people matched to members of this workspace by name", "6 actions are past due");

        CommandResult submitted = bot.client().viewSubmission(SUE, preview, picked("2008-09-03"), null, null);
        assertThat(submitted.ack().path("response_action").isMissingNode()).as(submitted.rawAck()).isTrue();
        StoredActions stored = bot.stored(channel);
        assertThat(stored.count()).isEqualTo(6);
        assertThat(stored.owners(1)).containsExactly("user:" + BALBIR,
                "user:" + DEBBIE);
        assertThat(stored.owners(6)).containsExactly("all:ALL");
        assertThat(bot.count("meeting_attendee", "kind = 'user' AND value = ?", SUE)).isOne();

        assertThat(refusal(SUE, channel, shared)).contains("already has meeting M1 on Wednesday 3 September 2008");
    }

    @Test
    void badFilesAndRequestsAreRefusedSayingWhyAndWriteNothing() throws IOException {
        String channel = bot.newChannel("refusals");
        bot.setUpGroup(channel, GROUP, SUE, DEBBIE);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("letter.docx", letter());
        files.put("damaged.docx", Arrays.copyOf(letter(), letter().length / 2));
        files.put("bomb.docx", zipBomb());
        files.put("notes.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0});
        files.put("notes.pdf", "%PDF-1.7 notes".getBytes(StandardCharsets.US_ASCII));
        Map<String, String> expected = Map.of("letter.docx", "no Action | Timescale | Who table",
                "damaged.docx", "looks damaged", "bomb.docx", "unpacks to more than 64 MB",
                "notes.doc", "older Word .doc file", "notes.pdf", "is a PDF");
        Map<String, TestBot.TableState> before = bot.tableStates(WRITTEN);

        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            ObjectNode shared = bot.fake().shareFile(DEBBIE, channel, "", file.getKey(), file.getValue());
            assertThat(refusal(DEBBIE, channel, shared)).as(file.getKey()).contains(expected.get(file.getKey()));
        }
        ObjectNode big = bot.fake().shareFile(DEBBIE, channel, "", "big.docx", new byte[10 * 1024 * 1024 + 1]);
        assertThat(refusal(DEBBIE, channel, big)).contains("big.docx is more than 10 MB");
        ((ObjectNode) big.path("files").get(0)).put("size", 1000); // a size that understates: the download stops
        assertThat(refusal(DEBBIE, channel, big)).contains("big.docx is more than 10 MB");
        ObjectNode notes = bot.fake().shareFile(DEBBIE, channel, "", "notes.docx", letter());
        bot.fake().failNext("url_private", 1, 500, 0);
        assertThat(refusal(DEBBIE, channel, notes)).contains("I could not fetch notes.docx from Slack (Slack answered HTTP 500)");
        ObjectNode noFile = JsonNodeFactory.instance.objectNode().put("type", "message").put("user", DEBBIE)
                .put("text", "Here are the notes").put("ts", "1700000000.000100");
        assertThat(refusal(DEBBIE, channel, noFile)).contains("That message has no file");
        assertThat(refusal(JUNE, channel, notes)).contains("Only the group's chairs and secretaries may import action notes");

        assertThat(changed(before)).isEmpty();
        assertThat(bot.fake().messages(channel).stream().filter(m -> m.readable().contains("imported"))).isEmpty();
    }

    @Test
    void meetingImportOpensAFormWhereTheFileIsPickedAndThenItsPreview() throws IOException {
        String channel = bot.newChannel("form");
        bot.setUpGroup(channel, GROUP, SUE, DEBBIE);
        CommandResult open = bot.command(DEBBIE, channel, "/meeting", "import");
        assertThat(open.ackText()).doesNotContain(":warning:");
        JsonNode form = FakeSlack.waitFor(() -> bot.fake().calls("views.open", open.sentAfter()).stream()
                .map(c -> c.args().path("view")).findFirst().orElse(null), FakeSlack.PATIENCE);
        assertThat(form).as("views.open").isNotNull();
        assertThat(ReadableText.of(form)).contains("Pick the Word file", "Word .docx", "Import action notes",
                "Nothing is saved before you press");
        assertThat(form.path("blocks").findValuesAsText("type")).contains("file_input");

        CommandResult nothingPicked = bot.client().viewSubmission(DEBBIE, form, files(JsonNodeFactory.instance.arrayNode()),
                null, null);
        assertThat(nothingPicked.ack().path("errors").path("file").asText()).contains("Pick the Word file of the notes");
        JsonNode picked = bot.fake().shareFile(DEBBIE, channel, "", "Notes 3 Sept 2008.docx", september()).path("files");
        CommandResult submitted = bot.client().viewSubmission(DEBBIE, form, files(picked), null, null);
        assertThat(submitted.ack().path("response_action").isMissingNode()).as(submitted.rawAck()).isTrue();
        Outcome outcome = outcome(submitted);
        assertThat(outcome.preview()).as("the preview; the bot said %s", outcome.told()).isNotNull();
        assertThat(ReadableText.of(outcome.preview())).contains("Notes 3 Sept 2008.docx",
                "2. Revised Terms of Reference for the E&amp;CC Theme Group");

        assertThat(bot.awaitPrivateReplies(bot.command(JUNE, channel, "/meeting", "import")).get(0).readable())
                .contains("Only the group's chairs and secretaries may import action notes");
        assertThat(bot.awaitPrivateReplies(bot.command(DEBBIE, channel, "/meeting", "import notes.docx")).get(0)
                .readable()).contains("takes nothing after it", "/meeting import");
    }

    // ---- helpers

    private static CommandResult secretary(String channel, String command, String text) {
        CommandResult result = bot.command(DEBBIE, channel, command, text);
        assertThat(result.status()).as(command + " " + text).isEqualTo(200);
        assertThat(result.ackText()).as(command + " " + text).doesNotContain(":warning:");
        return result;
    }

    /** Exports the latest meeting and waits for the file in the channel. */
    private static byte[] export(String channel, String format) {
        int before = bot.fake().files().size();
        secretary(channel, "/meeting", "export " + format);
        FakeSlack.UploadedFile file = FakeSlack.waitFor(() -> bot.fake().files().stream().skip(before)
                .filter(f -> f.name().endsWith("." + format) && channel.equals(f.channel())).findFirst().orElse(null),
                FakeSlack.PATIENCE);
        assertThat(file).as("the %s export", format).isNotNull();
        return file.bytes();
    }

    /** What the shortcut on a message came to: the preview it opened, or what the person was told. */
    private record Outcome(JsonNode preview, String told) {
    }

    private static JsonNode preview(String userId, String channel, ObjectNode message) {
        Outcome outcome = shortcut(userId, channel, message);
        assertThat(outcome.preview()).as("a preview of the notes; the bot said %s", outcome.told()).isNotNull();
        return outcome.preview();
    }

    private static String refusal(String userId, String channel, ObjectNode message) {
        Outcome outcome = shortcut(userId, channel, message);
        assertThat(outcome.preview()).as("no preview").isNull();
        return outcome.told();
    }

    /**
     * The shortcut used on a message, and what came of it: the preview once the notes are read into
     * it, or what the person was told (on the response_url, or in the modal that waited for the file).
     * Slack honours a shortcut's trigger id for 3 s; on a starved machine it can lapse before the bot
     * opens the modal, and the bot says so: a person then uses the shortcut again, and so does this, once.
     */
    private static Outcome shortcut(String userId, String channel, ObjectNode message) {
        for (int attempt = 1; ; attempt++) {
            CommandResult shortcut = bot.client().messageShortcut(userId, channel, SHORTCUT, message);
            assertThat(shortcut.status()).isEqualTo(200);
            Outcome outcome = outcome(shortcut);
            if (attempt == 2 || !outcome.told().contains("expired_trigger_id")) {
                return outcome;
            }
        }
    }

    /** What a request that opens the preview came to: the preview, or what the person was told. */
    private static Outcome outcome(CommandResult sent) {
        Outcome outcome = FakeSlack.waitFor(() -> {
            List<JsonNode> updated = bot.fake().calls("views.update", sent.sentAfter()).stream()
                    .map(c -> c.response().path("view")).toList();
            JsonNode preview = updated.stream().filter(v -> v.path("callback_id").asText().equals(PREVIEW))
                    .findFirst().orElse(null);
            List<String> told = new ArrayList<>();
            if (sent.responseUrl() != null) {
                bot.fake().responses(sent.responseUrl()).forEach(p -> told.add(p.readable()));
            }
            updated.stream().filter(v -> v != preview).forEach(v -> told.add(ReadableText.of(v)));
            return preview != null || !told.isEmpty() ? new Outcome(preview, String.join("\n", told)) : null;
        }, PREVIEW_PATIENCE);
        assertThat(outcome).as("an answer").isNotNull();
        return outcome;
    }

    /** The 3 September 2008 notes as LibreOffice writes them from the circulated text. */
    private static byte[] september() throws IOException {
        try (InputStream in = ImportIT.class.getResourceAsStream("/export/action-notes-2008-09-03-libreoffice.docx")) {
            return in.readAllBytes();
        }
    }

    /** The values of /meeting import's form with these files picked, as Slack sends them. */
    private static ObjectNode files(JsonNode files) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.putObject("file").putObject("file").put("type", "file_input").set("files", files);
        return values;
    }

    private static ObjectNode picked(String date) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.putObject("date").putObject("date").put("type", "datepicker").put("selected_date", date);
        return values;
    }

    private static List<String> changed(Map<String, TestBot.TableState> before) {
        Map<String, TestBot.TableState> after = bot.tableStates(WRITTEN);
        return WRITTEN.stream().filter(table -> !after.get(table).equals(before.get(table))).toList();
    }

    /** A Word file with no Action | Timescale | Who table. */
    private static byte[] letter() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Dear Sue, thank you for the notes.");
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A small zip whose document unpacks to 70 MB. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 70; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
