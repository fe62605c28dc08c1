package com.followupcoach.progress;

import com.followupcoach.vocabulary.Criterion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "This flag is wrong": findings a learner dismissed. The critique hides a finding that was
 * dismissed for the same exercise, criterion and text; a trainer sees which criteria are
 * dismissed most, a hint that a rule is too eager.
 */
public final class DismissedFlagRepository {

    private final Database database;
    private final Clock clock;

    DismissedFlagRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public DismissedFlag dismiss(long profileId, String exerciseId, Criterion criterion, String flaggedText,
                                 String message) {
        return restore(profileId, new DismissedFlag(0, exerciseId, criterion, flaggedText, message, clock.instant()));
    }

    /** A dismissal with its own time (import); its id is ignored. */
    public DismissedFlag restore(long profileId, DismissedFlag flag) {
        long id = database.insert("INSERT INTO dismissed_flag (profile_id, exercise_id, criterion_id, flagged_text, message,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?)", profileId, flag.exerciseId(), flag.criterion().id(),
                flag.flaggedText(), flag.message(), flag.createdAt());
        return new DismissedFlag(id, flag.exerciseId(), flag.criterion(), flag.flaggedText(), flag.message(),
                flag.createdAt());
    }

    /** Undoes a dismissal. */
    public void undo(long flagId) {
        database.update("DELETE FROM dismissed_flag WHERE id = ?", flagId);
    }

    public boolean isDismissed(long profileId, String exerciseId, Criterion criterion, String flaggedText) {
        return database.first("SELECT 1 FROM dismissed_flag WHERE profile_id = ? AND exercise_id = ? AND criterion_id = ?"
                + " AND flagged_text = ? LIMIT 1", row -> true, profileId, exerciseId, criterion.id(), flaggedText)
                .isPresent();
    }

    /** A profile's dismissals, oldest first. */
    public List<DismissedFlag> list(long profileId) {
        return database.list(SELECT + " WHERE profile_id = ? ORDER BY created_at, id", DismissedFlagRepository::flag,
                profileId).stream().flatMap(Optional::stream).toList();
    }

    /** A profile's dismissals on one exercise, oldest first: what the critique of that exercise hides. */
    public List<DismissedFlag> list(long profileId, String exerciseId) {
        return database.list(SELECT + " WHERE profile_id = ? AND exercise_id = ? ORDER BY created_at, id",
                DismissedFlagRepository::flag, profileId, exerciseId).stream().flatMap(Optional::stream).toList();
    }

    private static final String SELECT = "SELECT id, exercise_id, criterion_id, flagged_text, message, created_at"
            + " FROM dismissed_flag";

    /** Empty for a criterion this version does not know (a newer export, say). */
    private static Optional<DismissedFlag> flag(ResultSet row) throws SQLException {
        Optional<Criterion> criterion = StoredIds.criterion(row.getString("criterion_id"));
        if (criterion.isEmpty()) {
            return Optional.empty();
        }
        Instant at = Times.read(row, "created_at");
        return Optional.of(new DismissedFlag(row.getLong("id"), row.getString("exercise_id"), criterion.get(),
                row.getString("flagged_text"), row.getString("message"), at));
    }

    /** For a trainer: dismissals per criterion across every profile on this computer. */
    public Map<Criterion, Integer> countByCriterion() {
        Map<Criterion, Integer> counts = new EnumMap<>(Criterion.class);
        database.list("SELECT criterion_id, count(*) FROM dismissed_flag GROUP BY criterion_id",
                row -> {
                    int count = row.getInt(2);
                    return StoredIds.criterion(row.getString(1)).map(criterion -> Map.entry(criterion, count));
                })
                .forEach(known -> known.ifPresent(count -> counts.put(count.getKey(), count.getValue())));
        return Map.copyOf(counts);
    }
}
