package com.followupcoach.progress;

import java.time.Clock;
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
            List<Long> crashed = Sql.list(connection, "SELECT id FROM app_session WHERE ended_at IS NULL",
                    row -> row.getLong(1));
            long now = clock.millis();
            Sql.update(connection, "UPDATE app_session SET ended_at = ?, closed_cleanly = 0 WHERE ended_at IS NULL", now);
            return new Sessions(OptionalLong.of(Sql.insert(connection, "INSERT INTO app_session (started_at) VALUES (?)", now)),
                    crashed);
        });
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
        database.update("UPDATE app_session SET ended_at = ?, closed_cleanly = 1 WHERE id = ?", clock.millis(),
                current.getAsLong());
    }
}
