package org.themebot.install;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.commands.Invocation;
import org.themebot.export.ExportFormat;
import org.themebot.export.SpreadsheetCsv;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.meetings.MeetingService;
import org.themebot.meetings.Meeting;
import org.themebot.people.Names;
import org.themebot.store.Database;

/**
 * A workspace's data rights: everything themebot holds for it, as a zip (a CSV per table and each
 * meeting's action notes as Word), or deleted now. Both are written to the audit log (logger
 * {@code themebot.audit}): who, which workspace, when, how much. Who may ask is the caller's check.
 */
public final class DataRights {

    private static final Logger audit = LoggerFactory.getLogger("themebot.audit");

    private final Database database;
    private final MeetingService meetings;
    private final Clock clock;
    private volatile WorkspaceData schema;

    public DataRights(Database database, MeetingService meetings, Clock clock) {
        this.database = database;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The file name of a workspace's export made now. */
    public String exportName(String workspaceId) {
        return "themebot-data-" + workspaceId + "-" + clock.instant().toString().substring(0, 10) + ".zip";
    }

    /** The zip: README.txt, tables/&lt;table&gt;.csv for each table holding rows of the workspace, action-notes/…docx. */
    public byte[] export(String workspaceId, String byUser, Names names) {
        Map<String, List<Map<String, Object>>> tables = database.reading(() -> database.jdbi()
                .withHandle(handle -> schema(handle).rows(handle, workspaceId)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int rows = 0;
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            add(zip, "README.txt", readme(workspaceId).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, List<Map<String, Object>>> table : tables.entrySet()) {
                if (!table.getValue().isEmpty()) {
                    add(zip, "tables/" + table.getKey() + ".csv", csv(table.getValue()));
                    rows += table.getValue().size();
                }
            }
            for (ActionNotesFile notes : actionNotes(workspaceId, byUser, names)) {
                add(zip, notes.path(), notes.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.info("data export of workspace {} by {}: {} rows", workspaceId, byUser, rows);
        return bytes.toByteArray();
    }

    /** Deletes everything themebot holds for the workspace, now; returns how many rows went. */
    public int delete(String workspaceId, String byUser) {
        int deleted = database.jdbi().inTransaction(handle -> schema(handle).delete(handle, workspaceId));
        audit.info("data delete of workspace {} by {}: {} rows deleted", workspaceId, byUser, deleted);
        return deleted;
    }

    private WorkspaceData schema(org.jdbi.v3.core.Handle handle) {
        WorkspaceData known = schema;
        if (known == null) {
            known = WorkspaceData.of(handle);
            schema = known;
        }
        return known;
    }

    private record ActionNotesFile(String path, byte[] bytes) {
    }

    /** Each meeting's action notes, as the Word document a committee files. */
    private List<ActionNotesFile> actionNotes(String workspaceId, String byUser, Names names) {
        List<ThemeGroup> groups = database.reading(() -> database.jdbi().withHandle(handle -> {
            GroupStore store = handle.attach(GroupStore.class);
            return store.idsIn(workspaceId).stream().map(id -> store.findById(id).orElseThrow()).toList();
        }));
        List<ActionNotesFile> files = new ArrayList<>();
        for (ThemeGroup group : groups) {
            Invocation inGroup = new Invocation(workspaceId, group.channelId(), null, byUser, clock.instant());
            for (Meeting meeting : meetings.list(inGroup).meetings()) {
                MeetingService.Export export = new MeetingService.Export(group, meeting, ExportFormat.DOCX);
                files.add(new ActionNotesFile("action-notes/" + group.channelId() + "/M" + meeting.number() + "-"
                        + ExportFormat.DOCX.fileName(meeting.date()),
                        ExportFormat.DOCX.renderer().render(meetings.record(export).toActionNotes(names))));
            }
        }
        return files;
    }

    private static byte[] csv(List<Map<String, Object>> rows) {
        List<String> header = List.copyOf(rows.get(0).keySet());
        List<List<String>> cells = rows.stream().map(row -> header.stream()
                .map(column -> row.get(column) == null ? "" : String.valueOf(row.get(column))).toList()).toList();
        return SpreadsheetCsv.write(header, cells);
    }

    private String readme(String workspaceId) {
        return """
                Everything themebot holds for Slack workspace %s, exported %s.

                tables/       one CSV file per table (UTF-8, RFC 4180), with the workspace's rows: theme groups,
                              their chairs and secretaries, actions and their history, meetings, attendance, agenda
                              items and notes, good practice, action plans, partnerships, contacts, reminder and
                              digest settings, the real names themebot looked up, and the messages it sent or
                              still has to send (outbox). A cell starting with = + - @ is written with a leading '
                              so that no spreadsheet runs it.
                action-notes/ each meeting's action notes as a Word document, a folder per group's channel.

                Slack's tokens for the workspace are not included.
                """.formatted(workspaceId, clock.instant());
    }

    private static void add(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
