package com.followupcoach.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    private static final List<String> V1_TABLES = List.of("profile", "app_setting", "profile_setting", "lesson_progress",
            "lesson_section_seen", "quiz_attempt", "quiz_answer", "app_session", "draft", "attempt", "attempt_criterion");

    @TempDir
    Path dir;

    @Test
    void upgradingAVersionOneFileKeepsEveryRowAndBacksItUpFirst() throws Exception {
        Path file = dir.resolve(ProgressStoreOpener.DATABASE_FILE);
        Map<String, List<String>> before;
        try (Connection v1 = SqliteConnections.openFile(file)) {
            Migrations.migrate(v1, 1);
            fillVersionOne(v1);
            before = dump(v1);
        }
        assertThat(before).allSatisfy((table, rows) -> assertThat(rows).as(table).isNotEmpty());

        StoreFixture fixture = new StoreFixture(dir);
        try (ProgressStore store = fixture.open()) {
            Map<String, List<String>> after = store.database().read(MigrationTest::dump);
            for (String table : V1_TABLES) {
                if (table.equals("app_session")) {
                    // opening starts a session (and closes the one left open as crashed)
                    assertThat(after.get(table)).hasSizeGreaterThan(before.get(table).size());
                } else {
                    assertThat(after.get(table)).as(table).containsExactlyElementsOf(before.get(table));
                }
            }
            assertThat(store.database().read(Migrations::versionOf)).isEqualTo(Migrations.latestVersion());
            assertThat(store.attempts().all(1)).singleElement().satisfies(a -> assertThat(a.criteria()).hasSize(2));
            assertThat(store.dashboard().summary(1).lessonsDone()).isEqualTo(1);
            store.readyMarks().markReady(1, "own-letter", "v2 works");
        }

        Path backup = dir.resolve("progress.db.bak-v1");
        assertThat(backup).exists();
        try (Connection copy = SqliteConnections.openFile(backup)) {
            assertThat(Migrations.versionOf(copy)).isEqualTo(1);
            assertThat(dump(copy)).isEqualTo(before);
        }
    }

    @Test
    void aCurrentFileIsNeitherMigratedNorBackedUp() {
        new StoreFixture(dir).open().close();
        new StoreFixture(dir).open().close();
        try (var files = listing()) {
            assertThat(files).noneMatch(name -> name.contains(".bak-"));
        }
    }

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        List<String> statements = Migrations.statements("V2__flags_ready_marks_dashboard.sql");
        assertThat(statements).isNotEmpty().allSatisfy(sql -> assertThat(sql).doesNotStartWith("--").endsWith(";"));
        assertThat(statements).anySatisfy(sql -> assertThat(sql).startsWith("CREATE TABLE dismissed_flag"));
    }

    private java.util.stream.Stream<String> listing() {
        try {
            return Files.list(dir).map(p -> p.getFileName().toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void fillVersionOne(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO profile (id, name, created_at) VALUES (1, 'Ana', 1000)");
            sql.execute("INSERT INTO app_setting VALUES ('theme', 'dark')");
            sql.execute("INSERT INTO profile_setting VALUES (1, 'sound', 'off')");
            sql.execute("INSERT INTO lesson_progress VALUES (1, 'timing', 1000, 2000, 3000)");
            sql.execute("INSERT INTO lesson_section_seen VALUES (1, 'timing', 'intro', 1500)");
            sql.execute("INSERT INTO quiz_attempt VALUES (1, 1, 'timing', 2, 3, 4000)");
            sql.execute("INSERT INTO quiz_answer VALUES (1, 'q1', '[0,2]', 1)");
            sql.execute("INSERT INTO app_session (id, started_at) VALUES (1, 500)");
            sql.execute("INSERT INTO draft VALUES (1, 'own-letter', 'Dear Ms Chen', '{\"company\":\"Acme\"}', 5000, 1)");
            sql.execute("INSERT INTO attempt VALUES (1, 1, 'ex-1', 'Dear Ms Chen, thanks', 70, 4, 2, 6000)");
            sql.execute("INSERT INTO attempt_criterion VALUES (1, 'gratitude', 'met', 10, 10)");
            sql.execute("INSERT INTO attempt_criterion VALUES (1, 'feedback_request', 'missing', 0, 10)");
        }
    }

    /** Every row of every version-1 table, as text, in a stable order. */
    private static Map<String, List<String>> dump(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : V1_TABLES) {
            List<String> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        row.append(meta.getColumnName(column)).append('=').append(result.getString(column)).append(';');
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            tables.put(table, rows);
        }
        return tables;
    }
}
