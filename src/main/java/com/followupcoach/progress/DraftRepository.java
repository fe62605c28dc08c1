package com.followupcoach.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Drafts, saved as the learner types. A save is one upsert statement in WAL mode, cheap
 * enough to run every couple of seconds; an unchanged draft is not rewritten at all, so
 * its time and session stay those of its last real change.
 */
public final class DraftRepository {

    private static final String COLUMNS = "profile_id, exercise_id, text, scenario_json, updated_at";

    private final Database database;
    private final Clock clock;
    private final Sessions sessions;

    DraftRepository(Database database, Clock clock, Sessions sessions) {
        this.database = database;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** Saves the draft; returns false when it was already saved exactly so. */
    public boolean save(long profileId, String exerciseId, String text, Optional<String> scenarioJson) {
        return database.write(connection -> save(connection, profileId, exerciseId, text, scenarioJson, clock.millis()));
    }

    /** Restores a draft with its original time (import); its profile id is the one given. */
    public void restore(long profileId, Draft draft) {
        database.write(connection -> save(connection, profileId, draft.exerciseId(), draft.text(),
                draft.scenarioJson(), draft.updatedAt().toEpochMilli()));
    }

    private boolean save(Connection connection, long profileId, String exerciseId, String text,
                         Optional<String> scenarioJson, long now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO draft (" + COLUMNS + ", session_id) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (profile_id, exercise_id) DO UPDATE SET text = excluded.text,"
                        + " scenario_json = excluded.scenario_json, updated_at = excluded.updated_at,"
                        + " session_id = excluded.session_id"
                        + " WHERE draft.text IS NOT excluded.text OR draft.scenario_json IS NOT excluded.scenario_json")) {
            statement.setLong(1, profileId);
            statement.setString(2, exerciseId);
            statement.setString(3, text);
            statement.setString(4, scenarioJson.orElse(null));
            statement.setLong(5, now);
            if (sessions.current().isPresent()) {
                statement.setLong(6, sessions.current().getAsLong());
            } else {
                statement.setNull(6, Types.INTEGER);
            }
            return statement.executeUpdate() > 0;
        }
    }

    public Optional<Draft> find(long profileId, String exerciseId) {
        List<Draft> found = query("WHERE profile_id = ? AND exercise_id = ?", profileId, exerciseId);
        return found.stream().findFirst();
    }

    /** All of a profile's drafts, most recently changed first. */
    public List<Draft> list(long profileId) {
        return query("WHERE profile_id = ? ORDER BY updated_at DESC", profileId);
    }

    public void delete(long profileId, String exerciseId) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM draft WHERE profile_id = ? AND exercise_id = ?")) {
                statement.setLong(1, profileId);
                statement.setString(2, exerciseId);
                return statement.executeUpdate();
            }
        });
    }

    /**
     * The drafts last changed in a session that ended in a crash, found when this store
     * opened: the app says "your draft was restored" for these. Empty after a clean close.
     */
    public List<Draft> restoredAfterCrash(long profileId) {
        List<Long> crashed = sessions.crashed();
        if (crashed.isEmpty()) {
            return List.of();
        }
        String ids = crashed.stream().map(String::valueOf).collect(Collectors.joining(","));
        return query("WHERE profile_id = ? AND session_id IN (" + ids + ") ORDER BY updated_at DESC", profileId);
    }

    private List<Draft> query(String where, Object... parameters) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM draft " + where)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    List<Draft> drafts = new ArrayList<>();
                    while (rows.next()) {
                        drafts.add(new Draft(rows.getLong("profile_id"), rows.getString("exercise_id"),
                                rows.getString("text"), Optional.ofNullable(rows.getString("scenario_json")),
                                Times.read(rows, "updated_at")));
                    }
                    return List.copyOf(drafts);
                }
            }
        });
    }
}
