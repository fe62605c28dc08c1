package com.followupcoach.progress;

import com.followupcoach.vocabulary.Critique;
import java.sql.Connection;
import java.sql.SQLException;
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
            long id = Sql.insert(connection, "INSERT INTO attempt (profile_id, exercise_id, text, score, words, findings_count,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", profileId, attempt.exerciseId(), attempt.text(),
                    attempt.score(), attempt.words(), attempt.findingsCount(), attempt.createdAt());
            Sql.batch(connection, "INSERT INTO attempt_criterion (attempt_id, criterion_id, status, points, max_points)"
                    + " VALUES (?, ?, ?, ?, ?)", attempt.criteria().stream().map(outcome -> new Object[] {id,
                    outcome.criterion().id(), outcome.status().id(), outcome.points(), outcome.max()}).toList());
            return new Attempt(id, attempt.exerciseId(), attempt.text(), attempt.score(), attempt.words(),
                    attempt.findingsCount(), attempt.createdAt(), attempt.criteria());
        });
    }

    public Optional<Attempt> find(long attemptId) {
        return query("a.id = ?", -1, attemptId).stream().findFirst();
    }

    /** The exercise's attempts, newest first, at most {@code limit}. */
    public List<Attempt> forExercise(long profileId, String exerciseId, int limit) {
        return query("a.profile_id = ? AND a.exercise_id = ?", limit, profileId, exerciseId);
    }

    /** All of a profile's attempts, oldest first (for export). */
    public List<Attempt> all(long profileId) {
        List<Attempt> newestFirst = query("a.profile_id = ?", -1, profileId);
        List<Attempt> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return List.copyOf(oldestFirst);
    }

    /** The attempts {@code where} selects, newest first, at most {@code limit} (-1: all), with their criteria. */
    private List<Attempt> query(String where, int limit, Object... parameters) {
        String selected = " FROM attempt a WHERE " + where + " ORDER BY a.created_at DESC, a.id DESC LIMIT " + limit;
        return database.read(connection -> {
            Map<Long, List<CriterionOutcome>> criteria = criteria(connection, selected, parameters);
            return Sql.list(connection, "SELECT a.id, a.exercise_id, a.text, a.score, a.words, a.findings_count, a.created_at"
                    + selected, row -> new Attempt(row.getLong("id"), row.getString("exercise_id"), row.getString("text"),
                    row.getInt("score"), row.getInt("words"), row.getInt("findings_count"), Times.read(row, "created_at"),
                    criteria.getOrDefault(row.getLong("id"), List.of())), parameters);
        });
    }

    private static Map<Long, List<CriterionOutcome>> criteria(Connection connection, String selected,
                                                              Object... parameters) throws SQLException {
        Map<Long, List<CriterionOutcome>> criteria = new LinkedHashMap<>();
        Sql.list(connection, "SELECT c.attempt_id, c.criterion_id, c.status, c.points, c.max_points FROM attempt_criterion c"
                + " WHERE c.attempt_id IN (SELECT a.id" + selected + ")", row -> {
                    var criterion = StoredIds.criterion(row.getString(2));
                    var status = StoredIds.status(row.getString(3));
                    // A criterion or status this version does not know (a newer file) is left out.
                    return criterion.isPresent() && status.isPresent()
                            ? Optional.of(Map.entry(row.getLong(1),
                                    new CriterionOutcome(criterion.get(), status.get(), row.getInt(4), row.getInt(5))))
                            : Optional.<Map.Entry<Long, CriterionOutcome>>empty();
                }, parameters).stream().flatMap(Optional::stream)
                .forEach(row -> criteria.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
        // Criterion rows come back in the scoring contract's order, whatever order they were stored in.
        criteria.values().forEach(list -> list.sort((a, b) -> a.criterion().compareTo(b.criterion())));
        return criteria;
    }
}
