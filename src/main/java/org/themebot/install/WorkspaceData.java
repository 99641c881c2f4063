package org.themebot.install;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Every row themebot holds for one workspace, found from the schema itself rather than from a
 * list that would drift as features add tables: a table is the workspace's when it has a
 * {@code workspace_id} column, or a foreign key to a table that is (a meeting's notes through the
 * meeting, the meeting through its group). Rows are deleted children first, so no foreign key is
 * broken. The install feature's own tables (installations, states) are not included: they are
 * forgotten when the install is.
 */
final class WorkspaceData {

    /** A table of the workspace's: its name, and the SQL condition its rows of a workspace meet. */
    record Table(String name, String belongs) {
    }

    private static final String WORKSPACE = "workspace";
    private static final Set<String> NOT_DATA = Set.of("sending_stopped");

    private final List<Table> childrenFirst;

    private WorkspaceData(List<Table> childrenFirst) {
        this.childrenFirst = List.copyOf(childrenFirst);
    }

    /** Reads the schema (once: it changes only with a migration, at start-up). */
    static WorkspaceData of(Handle handle) {
        try {
            return new WorkspaceData(tables(handle));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's schema: " + e.getMessage(), e);
        }
    }

    /** The tables, each before any table it refers to. */
    List<Table> childrenFirst() {
        return childrenFirst;
    }

    /** Each table's rows of a workspace (column → value, in the table's order), parents first. */
    Map<String, List<Map<String, Object>>> rows(Handle handle, String workspaceId) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        List<Table> parentsFirst = new ArrayList<>(childrenFirst);
        java.util.Collections.reverse(parentsFirst);
        for (Table table : parentsFirst) {
            rows.put(table.name(), handle.createQuery("SELECT * FROM " + table.name() + " WHERE " + table.belongs()
                            + " ORDER BY 1")
                    .bind("workspace", workspaceId).mapToMap().list());
        }
        return rows;
    }

    /** Deletes everything of a workspace, children first; returns how many rows went. */
    int delete(Handle handle, String workspaceId) {
        int deleted = 0;
        for (Table table : childrenFirst) {
            deleted += handle.createUpdate("DELETE FROM " + table.name() + " WHERE " + table.belongs())
                    .bind("workspace", workspaceId).execute();
        }
        return deleted;
    }

    private record ForeignKey(String column, String parent, String parentColumn, boolean required) {
    }

    /** Each table's columns (whether NOT NULL) and foreign keys, in two catalogue queries. */
    private static final String SQLITE_COLUMNS = """
            SELECT m.name AS table_name, c.name AS column_name, c."notnull" <> 0 AS required
            FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table'
            """;
    private static final String SQLITE_KEYS = """
            SELECT m.name AS table_name, f."from" AS column_name, f."table" AS parent, f."to" AS parent_column
            FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
            """;
    private static final String POSTGRES_COLUMNS = """
            SELECT table_name, column_name, is_nullable = 'NO' AS required
            FROM information_schema.columns WHERE table_schema = current_schema()
            """;
    private static final String POSTGRES_KEYS = """
            SELECT k.table_name, k.column_name, p.table_name AS parent, p.column_name AS parent_column
            FROM information_schema.table_constraints c
            JOIN information_schema.key_column_usage k
              ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema
            JOIN information_schema.constraint_column_usage p
              ON p.constraint_name = c.constraint_name AND p.table_schema = c.table_schema
            WHERE c.constraint_type = 'FOREIGN KEY' AND c.table_schema = current_schema()
            """;

    private static List<Table> tables(Handle handle) throws SQLException {
        boolean sqlite = handle.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("sqlite");
        Map<String, Set<String>> columns = new TreeMap<>();
        Map<String, Map<String, Boolean>> required = new HashMap<>();
        handle.createQuery(sqlite ? SQLITE_COLUMNS : POSTGRES_COLUMNS).mapToMap().forEach(row -> {
            String table = lower(row.get("table_name"));
            columns.computeIfAbsent(table, t -> new HashSet<>()).add(lower(row.get("column_name")));
            required.computeIfAbsent(table, t -> new HashMap<>()).put(lower(row.get("column_name")),
                    Boolean.TRUE.equals(row.get("required")) || Integer.valueOf(1).equals(row.get("required")));
        });
        Map<String, List<ForeignKey>> keys = new HashMap<>();
        handle.createQuery(sqlite ? SQLITE_KEYS : POSTGRES_KEYS).mapToMap().forEach(row -> {
            String table = lower(row.get("table_name"));
            String column = lower(row.get("column_name"));
            keys.computeIfAbsent(table, t -> new ArrayList<>()).add(new ForeignKey(column, lower(row.get("parent")),
                    lower(row.get("parent_column")), required.getOrDefault(table, Map.of()).getOrDefault(column, false)));
        });
        columns.keySet().removeIf(table -> table.startsWith("sqlite_"));
        Map<String, String> belongs = new LinkedHashMap<>();
        belongs.put(WORKSPACE, "id = :workspace");
        columns.forEach((table, cols) -> {
            if (cols.contains("workspace_id") && !NOT_DATA.contains(table)) {
                belongs.put(table, "workspace_id = :workspace");
            }
        });
        // A table belongs through a foreign key to one that does: through a required key if it has one
        // (every row has it), else through any of its optional ones.
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String table : columns.keySet()) {
                if (belongs.containsKey(table) || NOT_DATA.contains(table)) {
                    continue;
                }
                List<ForeignKey> paths = keys.getOrDefault(table, List.of()).stream()
                        .filter(k -> belongs.containsKey(k.parent())).toList();
                List<ForeignKey> always = paths.stream().filter(ForeignKey::required).toList();
                List<ForeignKey> use = always.isEmpty() ? paths : always.subList(0, 1);
                if (!use.isEmpty()) {
                    belongs.put(table, "(" + String.join(" OR ", use.stream().map(k -> k.column() + " IN (SELECT "
                            + k.parentColumn() + " FROM " + k.parent() + " WHERE " + belongs.get(k.parent()) + ")")
                            .toList()) + ")");
                    grew = true;
                }
            }
        }
        return childrenFirst(belongs, keys);
    }

    private static String lower(Object name) {
        return String.valueOf(name).toLowerCase(Locale.ROOT);
    }

    /** Orders tables so that each comes before every table it refers to. */
    private static List<Table> childrenFirst(Map<String, String> belongs, Map<String, List<ForeignKey>> keys) {
        Map<String, Set<String>> referredBy = new HashMap<>();
        belongs.keySet().forEach(t -> referredBy.put(t, new HashSet<>()));
        belongs.keySet().forEach(t -> keys.getOrDefault(t, List.of()).stream().map(ForeignKey::parent)
                .filter(p -> belongs.containsKey(p) && !p.equals(t)).forEach(p -> referredBy.get(p).add(t)));
        List<Table> ordered = new ArrayList<>();
        Deque<String> ready = new ArrayDeque<>();
        Set<String> placed = new HashSet<>();
        while (placed.size() < belongs.size()) {
            belongs.keySet().stream().filter(t -> !placed.contains(t) && !ready.contains(t)
                    && placed.containsAll(referredBy.get(t))).sorted().forEach(ready::add);
            if (ready.isEmpty()) {
                throw new IllegalStateException("the foreign keys between " + belongs.keySet() + " form a cycle");
            }
            String table = ready.poll();
            placed.add(table);
            ordered.add(new Table(table, belongs.get(table)));
        }
        return ordered;
    }
}
