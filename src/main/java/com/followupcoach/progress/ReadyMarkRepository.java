package com.followupcoach.progress;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
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
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO ready_mark (profile_id, exercise_id, marked_at, text) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (profile_id, exercise_id) DO UPDATE SET marked_at = excluded.marked_at,"
                            + " text = excluded.text")) {
                statement.setLong(1, profileId);
                statement.setString(2, mark.exerciseId());
                statement.setLong(3, mark.markedAt().toEpochMilli());
                statement.setString(4, mark.text());
                statement.executeUpdate();
                return mark;
            }
        });
    }

    public void clear(long profileId, String exerciseId) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM ready_mark WHERE profile_id = ? AND exercise_id = ?")) {
                statement.setLong(1, profileId);
                statement.setString(2, exerciseId);
                return statement.executeUpdate();
            }
        });
    }

    public Optional<ReadyMark> find(long profileId, String exerciseId) {
        return list(profileId).stream().filter(m -> m.exerciseId().equals(exerciseId)).findFirst();
    }

    public List<ReadyMark> list(long profileId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT exercise_id, marked_at, text FROM ready_mark WHERE profile_id = ? ORDER BY marked_at")) {
                statement.setLong(1, profileId);
                try (ResultSet rows = statement.executeQuery()) {
                    List<ReadyMark> marks = new ArrayList<>();
                    while (rows.next()) {
                        marks.add(new ReadyMark(rows.getString(1), Times.read(rows, "marked_at"), rows.getString(3)));
                    }
                    return List.copyOf(marks);
                }
            }
        });
    }
}
