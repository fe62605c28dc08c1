package com.followupcoach.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** "Ready to send" marks on the learner's letters; marking again restarts the cool-down. */
public final class ReadyMarkRepository {

    private final Database database;
    private final Clock clock;

    ReadyMarkRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public ReadyMark markReady(long profileId, String exerciseId, String text) {
        return restore(profileId, new ReadyMark(exerciseId, clock.instant(), text));
    }

    /** A mark with its own time (import). */
    public ReadyMark restore(long profileId, ReadyMark mark) {
        database.update("INSERT INTO ready_mark (profile_id, exercise_id, marked_at, text) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (profile_id, exercise_id) DO UPDATE SET marked_at = excluded.marked_at,"
                + " text = excluded.text", profileId, mark.exerciseId(), mark.markedAt(), mark.text());
        return mark;
    }

    public void clear(long profileId, String exerciseId) {
        database.update("DELETE FROM ready_mark WHERE profile_id = ? AND exercise_id = ?", profileId, exerciseId);
    }

    public Optional<ReadyMark> find(long profileId, String exerciseId) {
        return database.first(SELECT + " WHERE profile_id = ? AND exercise_id = ?", ReadyMarkRepository::mark,
                profileId, exerciseId);
    }

    public List<ReadyMark> list(long profileId) {
        return database.list(SELECT + " WHERE profile_id = ? ORDER BY marked_at", ReadyMarkRepository::mark, profileId);
    }

    private static final String SELECT = "SELECT exercise_id, marked_at, text FROM ready_mark";

    private static ReadyMark mark(ResultSet row) throws SQLException {
        return new ReadyMark(row.getString(1), Times.read(row, "marked_at"), row.getString(3));
    }
}
