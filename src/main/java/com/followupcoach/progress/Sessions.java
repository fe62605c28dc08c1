package com.followupcoach.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Clean-shutdown tracking. The app's store starts a session row at open and stamps it at
 * a clean close; a row still open at the next start means the app crashed (only the app,
 * holding the app lock, tracks sessions, so a row cannot belong to a copy still running).
 */
final class Sessions {

    private final OptionalLong current;
    private final List<Long> crashed;

    private Sessions(OptionalLong current, List<Long> crashed) {
        this.current = current;
        this.crashed = List.copyOf(crashed);
    }

    static Sessions untracked() {
        return new Sessions(OptionalLong.empty(), List.of());
    }

    /** Finds sessions that never closed, marks them crashed, and starts a new one. */
    static Sessions start(Database database, Clock clock) {
        return database.write(connection -> {
            List<Long> crashed = unfinished(connection);
            long now = clock.millis();
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE app_session SET ended_at = ?, closed_cleanly = 0 WHERE ended_at IS NULL")) {
                statement.setLong(1, now);
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO app_session (started_at) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
                statement.setLong(1, now);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return new Sessions(OptionalLong.of(keys.getLong(1)), crashed);
                }
            }
        });
    }

    private static List<Long> unfinished(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM app_session WHERE ended_at IS NULL")) {
            List<Long> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        }
    }

    OptionalLong current() {
        return current;
    }

    List<Long> crashed() {
        return crashed;
    }

    boolean crashDetected() {
        return !crashed.isEmpty();
    }

    void endCleanly(Database database, Clock clock) {
        if (current.isEmpty()) {
            return;
        }
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE app_session SET ended_at = ?, closed_cleanly = 1 WHERE id = ?")) {
                statement.setLong(1, clock.millis());
                statement.setLong(2, current.getAsLong());
                return statement.executeUpdate();
            }
        });
    }
}
