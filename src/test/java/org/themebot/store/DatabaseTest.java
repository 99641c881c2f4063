package org.themebot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.actions.Action;
import org.themebot.actions.ActionEvent;
import org.themebot.actions.ActionService;
import org.themebot.actions.AsCommands;
import org.themebot.actions.MeetingLink;
import org.themebot.commands.Invocation;
import org.themebot.groups.GroupService;
import org.themebot.people.Who;

class DatabaseTest {

    private static final Instant AT = Instant.parse("2008-09-03T09:30:00Z");

    @Nested
    class OnSqlite {

        @TempDir
        Path dir;

        private Database openNested() {
            return Database.open(TestDatabase.config("jdbc:sqlite:" + dir.resolve("data/nested/themebot.db")));
        }

        @Test
        void createsTheFolderAndTheFile() {
            Database database = openNested();

            assertThat(dir.resolve("data/nested/themebot.db")).isRegularFile();
            assertThat(database.isSqlite()).isTrue();
            assertThat(database.isUp()).isTrue();
        }

        @Test
        void usesWalForeignKeysAndABusyTimeout() {
            Jdbi jdbi = openNested().jdbi();

            assertThat(pragma(jdbi, "journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(pragma(jdbi, "foreign_keys")).isEqualTo("1");
            assertThat(Integer.parseInt(pragma(jdbi, "busy_timeout"))).isGreaterThanOrEqualTo(1000);
        }

        @Test
        void anActionForAMissingGroupIsRefused() {
            Jdbi jdbi = openNested().jdbi();

            assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("""
                    INSERT INTO action (group_id, number, text, timescale, status, created_by, created_at, updated_at)
                    VALUES (999, 1, 'orphan', '', 'open', 'U1', '2008-09-03T09:30:00Z', '2008-09-03T09:30:00Z')
                    """))).hasMessageContaining("FOREIGN KEY");
            assertThat(count(jdbi, "action")).isZero();
        }

        @Test
        void transactionsTakeTheWriteLockWhenTheyBegin() throws SQLException {
            Database database = openNested();
            String url = "jdbc:sqlite:" + dir.resolve("data/nested/themebot.db");

            database.jdbi().useTransaction(handle -> {
                // Only read so far: a deferred transaction would hold no lock yet.
                handle.createQuery("SELECT COUNT(*) FROM workspace").mapTo(Integer.class).one();
                try (Connection other = DriverManager.getConnection(url); Statement st = other.createStatement()) {
                    st.execute("PRAGMA busy_timeout = 0");
                    assertThatThrownBy(() -> st.execute("BEGIN IMMEDIATE"))
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("SQLITE_BUSY");
                }
            });
        }

        @Test
        void openingAgainMigratesNothingAndKeepsTheData() {
            Database first = openNested();
            first.jdbi().useHandle(h -> h.execute("INSERT INTO workspace (id, created_at) VALUES ('T1', '2008-09-03T09:30:00Z')"));
            List<String> migrations = appliedMigrations(first.jdbi());

            Database second = openNested();

            assertThat(appliedMigrations(second.jdbi())).isEqualTo(migrations).isNotEmpty();
            assertThat(count(second.jdbi(), "workspace")).isEqualTo(1);
        }

        @Test
        void storesInstantsAndDatesAsIsoText() {
            Jdbi jdbi = openNested().jdbi();

            jdbi.useHandle(h -> h.createUpdate("INSERT INTO workspace (id, created_at) VALUES ('T1', :at)")
                    .bind("at", AT).execute());

            String text = jdbi.withHandle(h -> h.createQuery("SELECT created_at FROM workspace").mapTo(String.class).one());
            Instant instant = jdbi.withHandle(h -> h.createQuery("SELECT created_at FROM workspace").mapTo(Instant.class).one());
            LocalDate date = jdbi.withHandle(h -> h.createQuery("SELECT :d").bind("d", LocalDate.of(2008, 9, 30))
                    .mapTo(LocalDate.class).one());

            // fixed width (always milliseconds), so text order is time order
            assertThat(text).isEqualTo("2008-09-03T09:30:00.000Z");
            assertThat(instant).isEqualTo(AT);
            assertThat(date).isEqualTo(LocalDate.of(2008, 9, 30));
        }

        private String pragma(Jdbi jdbi, String name) {
            return jdbi.withHandle(h -> h.createQuery("PRAGMA " + name).mapTo(String.class).one());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgres {

        private String url;
        private Database database;

        @BeforeAll
        void start() {
            url = TestPostgres.emptyDatabase();
            database = Database.open(TestDatabase.config(url));
        }

        @Test
        void theSameMigrationsRun() {
            assertThat(database.isSqlite()).isFalse();
            assertThat(database.isUp()).isTrue();
            assertThat(appliedMigrations(database.jdbi())).isNotEmpty();

            Database again = Database.open(TestDatabase.config(url));

            assertThat(appliedMigrations(again.jdbi())).isEqualTo(appliedMigrations(database.jdbi()));
        }

        @Test
        void aGroupAndItsActionGoInAndComeBack() {
            Invocation chair = new Invocation("TPG", "CPG", "equalities", "UCHAIR", AT);
            GroupService groups = new GroupService(database.jdbi(), ZoneId.of("Europe/London"));
            AsCommands actions = new AsCommands(new ActionService(database.jdbi(), MeetingLink.NONE));

            groups.setup(chair, GroupCommands.setupRequest("name E&amp;CC Theme Group secretary <@USEC|sec>"));
            ActionService.Changed added = actions.add(chair,
                    "Draft revised terms of reference | <@U01SUEBENT|sue.bent>/ Debbie Briggs | Sept 08");
            ActionService.Changed second = actions.add(chair, "Circulate the notes | ALL | ongoing");

            assertThat(groups.show(chair).name()).isEqualTo("E&CC Theme Group");
            assertThat(groups.show(chair).secretaries()).containsExactly("USEC");
            assertThat(second.action().ref()).isEqualTo("A2");
            ActionService.Shown shown = actions.show(chair, "A1");
            Action action = shown.action();
            assertThat(action.ref()).isEqualTo("A1");
            assertThat(action.text()).isEqualTo("Draft revised terms of reference");
            assertThat(action.owners()).containsExactly(new Who.SlackUser("U01SUEBENT"), new Who.Named("Debbie Briggs"));
            assertThat(action.timescale()).isEqualTo("Sept 08");
            assertThat(action.due()).contains(LocalDate.of(2008, 9, 30));
            assertThat(action.createdAt()).isEqualTo(AT);
            assertThat(action).isEqualTo(added.action());
            assertThat(shown.history()).extracting(ActionEvent::kind).containsExactly(ActionEvent.Kind.CREATED);
            assertThat(actions.list(chair, "").actions()).extracting(Action::ref).containsExactly("A1", "A2");
        }

        @Test
        void foreignKeysHoldToo() {
            assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("""
                    INSERT INTO action (group_id, number, text, timescale, status, created_by, created_at, updated_at)
                    VALUES (999999, 1, 'orphan', '', 'open', 'U1', '2008-09-03T09:30:00Z', '2008-09-03T09:30:00Z')
                    """))).hasMessageContaining("foreign key");
        }
    }

    private static List<String> appliedMigrations(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery(
                "SELECT version || ':' || checksum FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .mapTo(String.class).list());
    }

    private static int count(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }
}
