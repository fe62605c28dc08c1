package com.followupcoach.progress;

import com.followupcoach.vocabulary.Critique;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scored attempts. An attempt and its criterion rows are written in one transaction, so
 * the history never holds an attempt without its results (or results without an attempt).
 */
public final class AttemptRepository {

    private final Database database;
    private final Clock clock;

    AttemptRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Keeps the scored text with its critique. */
    public Attempt record(long profileId, String exerciseId, String text, Critique critique) {
        return restore(profileId, new Attempt(0, exerciseId, text, critique.score(), critique.words(),
                critique.findings().size(), clock.instant(),
                critique.criteria().stream().map(CriterionOutcome::of).toList()));
    }

    /** Writes an attempt as given, with its own time (import); its id is ignored. */
    public Attempt restore(long profileId, Attempt attempt) {
        return database.write(connection -> {
            long id = insertAttempt(connection, profileId, attempt);
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO attempt_criterion (attempt_id, criterion_id, status, points, max_points) VALUES (?, ?, ?, ?, ?)")) {
                for (CriterionOutcome outcome : attempt.criteria()) {
                    statement.setLong(1, id);
                    statement.setString(2, outcome.criterion().id());
                    statement.setString(3, outcome.status().id());
                    statement.setInt(4, outcome.points());
                    statement.setInt(5, outcome.max());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return new Attempt(id, attempt.exerciseId(), attempt.text(), attempt.score(), attempt.words(),
                    attempt.findingsCount(), attempt.createdAt(), attempt.criteria());
        });
    }

    private static long insertAttempt(Connection connection, long profileId, Attempt attempt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO attempt (profile_id, exercise_id, text, score, words, findings_count, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            statement.setLong(1, profileId);
            statement.setString(2, attempt.exerciseId());
            statement.setString(3, attempt.text());
            statement.setInt(4, attempt.score());
            statement.setInt(5, attempt.words());
            statement.setInt(6, attempt.findingsCount());
            statement.setLong(7, attempt.createdAt().toEpochMilli());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public Optional<Attempt> find(long attemptId) {
        return query("a.id = ?", attemptId, -1).stream().findFirst();
    }

    /** The exercise's attempts, newest first, at most {@code limit}. */
    public List<Attempt> forExercise(long profileId, String exerciseId, int limit) {
        return query("a.profile_id = ? AND a.exercise_id = ?", List.of(profileId, exerciseId), limit);
    }

    /** All of a profile's attempts, oldest first (for export). */
    public List<Attempt> all(long profileId) {
        List<Attempt> newestFirst = query("a.profile_id = ?", profileId, -1);
        List<Attempt> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return List.copyOf(oldestFirst);
    }

    private List<Attempt> query(String where, Object parameter, int limit) {
        return query(where, List.of(parameter), limit);
    }

    private List<Attempt> query(String where, List<Object> parameters, int limit) {
        return database.read(connection -> {
            String attempts = "SELECT a.id, a.exercise_id, a.text, a.score, a.words, a.findings_count, a.created_at"
                    + " FROM attempt a WHERE " + where + " ORDER BY a.created_at DESC, a.id DESC LIMIT " + limit;
            Map<Long, Attempt> byId = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(attempts)) {
                bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        byId.put(rows.getLong("id"), new Attempt(rows.getLong("id"), rows.getString("exercise_id"),
                                rows.getString("text"), rows.getInt("score"), rows.getInt("words"),
                                rows.getInt("findings_count"), Times.read(rows, "created_at"), List.of()));
                    }
                }
            }
            Map<Long, List<CriterionOutcome>> criteria = criteria(connection, where, parameters, limit);
            List<Attempt> result = new ArrayList<>();
            for (Attempt attempt : byId.values()) {
                result.add(new Attempt(attempt.id(), attempt.exerciseId(), attempt.text(), attempt.score(),
                        attempt.words(), attempt.findingsCount(), attempt.createdAt(),
                        criteria.getOrDefault(attempt.id(), List.of())));
            }
            return List.copyOf(result);
        });
    }

    private static Map<Long, List<CriterionOutcome>> criteria(Connection connection, String where,
                                                              List<Object> parameters, int limit) throws SQLException {
        // Criterion rows come back in the scoring contract's order, whatever order they were stored in.
        String sql = "SELECT c.attempt_id, c.criterion_id, c.status, c.points, c.max_points FROM attempt_criterion c"
                + " WHERE c.attempt_id IN (SELECT a.id FROM attempt a WHERE " + where
                + " ORDER BY a.created_at DESC, a.id DESC LIMIT " + limit + ")";
        Map<Long, List<CriterionOutcome>> criteria = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long attemptId = rows.getLong(1);
                    var criterion = StoredIds.criterion(rows.getString(2));
                    var status = StoredIds.status(rows.getString(3));
                    if (criterion.isPresent() && status.isPresent()) {
                        criteria.computeIfAbsent(attemptId, id -> new ArrayList<>()).add(
                                new CriterionOutcome(criterion.get(), status.get(), rows.getInt(4), rows.getInt(5)));
                    }
                }
            }
        }
        criteria.values().forEach(list -> list.sort((a, b) -> a.criterion().compareTo(b.criterion())));
        return criteria;
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
