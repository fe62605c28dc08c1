package com.followupcoach.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
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
        Object session = sessions.current().isPresent() ? sessions.current().getAsLong() : null;
        return Sql.update(connection, "INSERT INTO draft (" + COLUMNS + ", session_id) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (profile_id, exercise_id) DO UPDATE SET text = excluded.text,"
                + " scenario_json = excluded.scenario_json, updated_at = excluded.updated_at,"
                + " session_id = excluded.session_id"
                + " WHERE draft.text IS NOT excluded.text OR draft.scenario_json IS NOT excluded.scenario_json",
                profileId, exerciseId, text, scenarioJson, now, session) > 0;
    }

    public Optional<Draft> find(long profileId, String exerciseId) {
        List<Draft> found = query("WHERE profile_id = ? AND exercise_id = ?", profileId, exerciseId);
        return found.stream().findFirst();
    }

    /** All of a profile's drafts, most recently changed first. */
    public List<Draft> list(long profileId) {
        return query("WHERE profile_id = ? ORDER BY updated_at DESC", profileId);
    }

    /** How many drafts the profile has, without reading their text. */
    public int count(long profileId) {
        return database.first("SELECT count(*) FROM draft WHERE profile_id = ?", row -> row.getInt(1), profileId)
                .orElseThrow();
    }

    public void delete(long profileId, String exerciseId) {
        database.update("DELETE FROM draft WHERE profile_id = ? AND exercise_id = ?", profileId, exerciseId);
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
        return database.list("SELECT " + COLUMNS + " FROM draft " + where, row -> new Draft(row.getLong("profile_id"),
                row.getString("exercise_id"), row.getString("text"), Optional.ofNullable(row.getString("scenario_json")),
                Times.read(row, "updated_at")), parameters);
    }
}
