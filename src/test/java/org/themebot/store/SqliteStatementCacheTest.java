package org.themebot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's statements prepared once per connection, on a real database file (its one writer connection). */
class SqliteStatementCacheTest {

    @TempDir
    Path dir;

    private Jdbi jdbi;
    /** The statements the queries ran on, in order. */
    private final List<PreparedStatement> ranOn = new ArrayList<>();

    @BeforeEach
    void openDatabase() {
        jdbi = TestDatabase.sqlite(dir).jdbi();
        jdbi.useHandle(handle -> handle.execute("CREATE TABLE word (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)"));
    }

    private int plusOne(Handle handle, int n) {
        return handle.createQuery("SELECT :n + 1").bind("n", n).addCustomizer(recorder()).mapTo(Integer.class).one();
    }

    private StatementCustomizer recorder() {
        return new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement statement, StatementContext ctx) {
                ranOn.add(statement);
            }
        };
    }

    private void insert(Handle handle, int id, String text) {
        handle.createUpdate("INSERT INTO word (id, text) VALUES (:id, :text)").bind("id", id).bind("text", text)
                .addCustomizer(recorder()).execute();
    }

    @Test
    void aStatementIsPreparedOnceForItsConnectionAndBoundAfreshEachTime() {
        int two = jdbi.withHandle(handle -> plusOne(handle, 1));
        int fortyTwo = jdbi.withHandle(handle -> plusOne(handle, 41));
        int ten = jdbi.inTransaction(handle -> plusOne(handle, 9));

        assertThat(List.of(two, fortyTwo, ten)).containsExactly(2, 42, 10);

        assertThat(ranOn).hasSize(3);
        assertThat(ranOn.get(1)).isSameAs(ranOn.get(0));
        assertThat(ranOn.get(2)).isSameAs(ranOn.get(0));
    }

    @Test
    void theSameQueryInsideTheIterationOfItsOwnResultsGetsAStatementOfItsOwn() {
        jdbi.useHandle(handle -> {
            for (int i = 1; i <= 3; i++) {
                insert(handle, i, "word " + i);
            }
        });
        String byId = "SELECT text FROM word WHERE id >= :from ORDER BY id";

        List<String> pairs = jdbi.withHandle(handle -> handle.createQuery(byId).bind("from", 1)
                .mapTo(String.class).stream()
                .map(outer -> outer + " / " + handle.createQuery(byId).bind("from", 3).mapTo(String.class).one())
                .toList());

        assertThat(pairs).containsExactly("word 1 / word 3", "word 2 / word 3", "word 3 / word 3");
        List<String> fromTwo = jdbi.withHandle(handle -> handle.createQuery(byId).bind("from", 2)
                .mapTo(String.class).list());
        assertThat(fromTwo).containsExactly("word 2", "word 3");
    }

    @Test
    void aStatementThatFailedOrWasRolledBackIsUsedAgain() {
        jdbi.useHandle(handle -> insert(handle, 1, "taken"));

        assertThatThrownBy(() -> jdbi.useHandle(handle -> insert(handle, 2, "taken")))
                .isInstanceOf(StatementException.class);
        assertThatThrownBy(() -> jdbi.useTransaction(handle -> {
            insert(handle, 3, "rolled back");
            throw new IllegalStateException("the change fails after its insert");
        })).isInstanceOf(IllegalStateException.class);
        jdbi.useHandle(handle -> insert(handle, 4, "kept"));

        List<String> stored = jdbi.withHandle(handle -> handle.createQuery("SELECT text FROM word ORDER BY id")
                .mapTo(String.class).list());
        assertThat(stored).containsExactly("taken", "kept");
        assertThat(ranOn).hasSize(4).allSatisfy(statement -> assertThat(statement).isSameAs(ranOn.get(0)));
    }

    @Test
    void aStatementTheDatabaseRefusedWorksOnceTheDatabaseTakesWritesAgain() {
        jdbi.useHandle(handle -> handle.execute("PRAGMA query_only = 1"));
        assertThatThrownBy(() -> jdbi.useHandle(handle -> insert(handle, 1, "refused")))
                .isInstanceOf(StatementException.class);
        jdbi.useHandle(handle -> handle.execute("PRAGMA query_only = 0"));

        jdbi.useHandle(handle -> insert(handle, 1, "taken"));

        List<String> stored = jdbi.withHandle(handle -> handle.createQuery("SELECT text FROM word")
                .mapTo(String.class).list());
        assertThat(stored).containsExactly("taken");
    }

    @Test
    void beyondItsBoundTheLeastRecentlyUsedStatementIsClosed() throws SQLException {
        jdbi.useHandle(handle -> plusOne(handle, 1));
        PreparedStatement first = ranOn.get(0);

        jdbi.useHandle(handle -> {
            for (int i = 0; i < SqliteStatementCache.PER_CONNECTION; i++) {
                assertThat(handle.createQuery("SELECT " + i).mapTo(Integer.class).one()).isEqualTo(i);
            }
        });

        assertThat(first.isClosed()).isTrue();
        int three = jdbi.withHandle(handle -> plusOne(handle, 2));
        assertThat(three).isEqualTo(3);
        assertThat(ranOn.get(1)).isNotSameAs(first);
    }
}
