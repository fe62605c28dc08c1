package com.followupcoach.progress;

import com.followupcoach.vocabulary.Criterion;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO dismissed_flag (profile_id, exercise_id, criterion_id, flagged_text, message, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                statement.setLong(1, profileId);
                statement.setString(2, flag.exerciseId());
                statement.setString(3, flag.criterion().id());
                statement.setString(4, flag.flaggedText());
                statement.setString(5, flag.message());
                statement.setLong(6, flag.createdAt().toEpochMilli());
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return new DismissedFlag(keys.getLong(1), flag.exerciseId(), flag.criterion(), flag.flaggedText(),
                            flag.message(), flag.createdAt());
                }
            }
        });
    }

    /** Undoes a dismissal. */
    public void undo(long flagId) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM dismissed_flag WHERE id = ?")) {
                statement.setLong(1, flagId);
                return statement.executeUpdate();
            }
        });
    }

    public boolean isDismissed(long profileId, String exerciseId, Criterion criterion, String flaggedText) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT 1 FROM dismissed_flag WHERE profile_id = ? AND exercise_id = ? AND criterion_id = ?"
                            + " AND flagged_text = ? LIMIT 1")) {
                statement.setLong(1, profileId);
                statement.setString(2, exerciseId);
                statement.setString(3, criterion.id());
                statement.setString(4, flaggedText);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** A profile's dismissals, oldest first. */
    public List<DismissedFlag> list(long profileId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, exercise_id, criterion_id, flagged_text, message, created_at FROM dismissed_flag"
                            + " WHERE profile_id = ? ORDER BY created_at, id")) {
                statement.setLong(1, profileId);
                try (ResultSet rows = statement.executeQuery()) {
                    List<DismissedFlag> flags = new ArrayList<>();
                    while (rows.next()) {
                        Optional<Criterion> criterion = StoredIds.criterion(rows.getString("criterion_id"));
                        if (criterion.isPresent()) {
                            Instant at = Times.read(rows, "created_at");
                            flags.add(new DismissedFlag(rows.getLong("id"), rows.getString("exercise_id"),
                                    criterion.get(), rows.getString("flagged_text"), rows.getString("message"), at));
                        }
                    }
                    return List.copyOf(flags);
                }
            }
        });
    }

    /** For a trainer: dismissals per criterion across every profile on this computer. */
    public Map<Criterion, Integer> countByCriterion() {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT criterion_id, count(*) FROM dismissed_flag GROUP BY criterion_id")) {
                Map<Criterion, Integer> counts = new EnumMap<>(Criterion.class);
                while (rows.next()) {
                    int count = rows.getInt(2);
                    StoredIds.criterion(rows.getString(1)).ifPresent(c -> counts.put(c, count));
                }
                return Map.copyOf(counts);
            }
        });
    }
}
