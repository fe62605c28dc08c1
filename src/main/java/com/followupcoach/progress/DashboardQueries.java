package com.followupcoach.progress;

import com.followupcoach.progress.DashboardSummary.CriterionMisses;
import com.followupcoach.progress.DashboardSummary.ExerciseBest;
import com.followupcoach.progress.DashboardSummary.ModuleStatus;
import com.followupcoach.progress.DashboardSummary.QuizScore;
import com.followupcoach.progress.DashboardSummary.ScorePoint;
import com.followupcoach.vocabulary.Criterion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dashboard's queries. Each aggregates in SQL over the indexes of schema version 2, so
 * the whole summary stays fast with thousands of attempts (docs/progress.md has the figure).
 */
public final class DashboardQueries {

    /** How many attempts the score chart shows unless asked otherwise. */
    public static final int DEFAULT_RECENT = 30;
    /** How far back practice days go: a year, for a calendar heatmap. */
    static final Duration PRACTICE_WINDOW = Duration.ofDays(366);

    /**
     * The criteria whose absence caps a letter's score (docs/scoring.md: no thanks, or no
     * acceptance of the decision), so that missing one costs more than its own points.
     */
    static final Set<Criterion> CAPPING_WHEN_MISSING = EnumSet.of(Criterion.GRATITUDE, Criterion.ACKNOWLEDGEMENT);

    private final Database database;
    private final Clock clock;

    DashboardQueries(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public DashboardSummary summary(long profileId) {
        return summary(profileId, DEFAULT_RECENT);
    }

    /** One consistent read of everything the dashboard shows. */
    public DashboardSummary summary(long profileId, int recentLimit) {
        return database.read(connection -> {
            List<ModuleStatus> modules = modules(connection, profileId);
            List<CriterionMisses> misses = misses(connection, profileId);
            return new DashboardSummary(
                    (int) modules.stream().filter(m -> m.status() == LessonStatus.DONE).count(), modules,
                    quizzes(connection, profileId),
                    intQuery(connection, "SELECT max(score) FROM attempt WHERE profile_id = ?", profileId),
                    intQuery(connection, "SELECT score FROM attempt WHERE profile_id = ?"
                            + " ORDER BY created_at DESC, id DESC LIMIT 1", profileId),
                    recentScores(connection, profileId, recentLimit), misses, weakest(misses),
                    bestByExercise(connection, profileId), practiceDays(connection, profileId));
        });
    }

    private static List<ModuleStatus> modules(Connection connection, long profileId) throws SQLException {
        List<ModuleStatus> modules = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection,
                "SELECT module_id, completed_at IS NOT NULL FROM lesson_progress WHERE profile_id = ? ORDER BY module_id",
                profileId); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                modules.add(new ModuleStatus(rows.getString(1), rows.getBoolean(2) ? LessonStatus.DONE : LessonStatus.IN_PROGRESS));
            }
        }
        return modules;
    }

    private static List<QuizScore> quizzes(Connection connection, long profileId) throws SQLException {
        String sql = "WITH q AS (SELECT id, module_id, created_at,"
                + " CASE WHEN question_count = 0 THEN 0 ELSE correct_count * 100 / question_count END AS percent"
                + " FROM quiz_attempt WHERE profile_id = ?)"
                + " SELECT module_id, max(percent), (SELECT l.percent FROM q l WHERE l.module_id = q.module_id"
                + " ORDER BY l.created_at DESC, l.id DESC LIMIT 1), count(*) FROM q GROUP BY module_id ORDER BY module_id";
        List<QuizScore> quizzes = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, sql, profileId); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                quizzes.add(new QuizScore(rows.getString(1), rows.getInt(2), rows.getInt(3), rows.getInt(4)));
            }
        }
        return quizzes;
    }

    private static List<ScorePoint> recentScores(Connection connection, long profileId, int limit) throws SQLException {
        List<ScorePoint> points = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, "SELECT id, exercise_id, created_at, score FROM attempt"
                + " WHERE profile_id = ? ORDER BY created_at DESC, id DESC LIMIT " + Math.max(0, limit), profileId);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                points.add(new ScorePoint(rows.getLong(1), rows.getString(2), Times.read(rows, "created_at"), rows.getInt(4)));
            }
        }
        Collections.reverse(points);
        return points;
    }

    private static List<CriterionMisses> misses(Connection connection, long profileId) throws SQLException {
        String sql = "SELECT c.criterion_id, sum(c.status IN ('missing', 'partial')), sum(c.status <> 'not_assessed'),"
                + " sum(c.status = 'missing'),"
                + " sum(CASE WHEN c.status = 'not_assessed' THEN 0 ELSE c.max_points - c.points END)"
                + " FROM attempt a JOIN attempt_criterion c ON c.attempt_id = a.id"
                + " WHERE a.profile_id = ? GROUP BY c.criterion_id";
        List<CriterionMisses> misses = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, sql, profileId); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                int missed = rows.getInt(2);
                int assessed = rows.getInt(3);
                int missing = rows.getInt(4);
                int lost = rows.getInt(5);
                StoredIds.criterion(rows.getString(1))
                        .ifPresent(c -> misses.add(new CriterionMisses(c, missed, assessed, missing, lost)));
            }
        }
        misses.sort(Comparator.comparing(CriterionMisses::criterion));
        return misses;
    }

    /**
     * What costs the learner most: first an essential left out (it caps the whole score,
     * whatever else is right), then the most points lost, then the most misses, then the
     * criterion that comes first in the contract.
     */
    static Optional<Criterion> weakest(List<CriterionMisses> misses) {
        Comparator<CriterionMisses> costliest = Comparator
                .comparing((CriterionMisses m) -> !(CAPPING_WHEN_MISSING.contains(m.criterion()) && m.missing() > 0))
                .thenComparing(Comparator.comparingInt(CriterionMisses::pointsLost).reversed())
                .thenComparing(Comparator.comparingInt(CriterionMisses::missed).reversed())
                .thenComparing(CriterionMisses::criterion);
        return misses.stream().filter(m -> m.missed() > 0).min(costliest).map(CriterionMisses::criterion);
    }

    private static List<ExerciseBest> bestByExercise(Connection connection, long profileId) throws SQLException {
        List<ExerciseBest> best = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, "SELECT exercise_id, max(score), count(*) FROM attempt"
                + " WHERE profile_id = ? GROUP BY exercise_id ORDER BY exercise_id", profileId);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                best.add(new ExerciseBest(rows.getString(1), rows.getInt(2), rows.getInt(3)));
            }
        }
        return best;
    }

    /** Days with an attempt, a quiz, a lesson screen or a draft change, in the clock's zone. */
    private List<LocalDate> practiceDays(Connection connection, long profileId) throws SQLException {
        long since = clock.instant().minus(PRACTICE_WINDOW).toEpochMilli();
        String sql = "SELECT created_at FROM attempt WHERE profile_id = ?1 AND created_at >= ?2"
                + " UNION SELECT created_at FROM quiz_attempt WHERE profile_id = ?1 AND created_at >= ?2"
                + " UNION SELECT seen_at FROM lesson_section_seen WHERE profile_id = ?1 AND seen_at >= ?2"
                + " UNION SELECT completed_at FROM lesson_progress WHERE profile_id = ?1 AND completed_at >= ?2"
                + " UNION SELECT updated_at FROM draft WHERE profile_id = ?1 AND updated_at >= ?2";
        TreeSet<LocalDate> days = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, profileId);
            statement.setLong(2, since);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    days.add(LocalDate.ofInstant(Instant.ofEpochMilli(rows.getLong(1)), clock.getZone()));
                }
            }
        }
        return new ArrayList<>(days);
    }

    private static OptionalInt intQuery(Connection connection, String sql, long profileId) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, profileId); ResultSet rows = statement.executeQuery()) {
            if (rows.next()) {
                int value = rows.getInt(1);
                if (!rows.wasNull()) {
                    return OptionalInt.of(value);
                }
            }
            return OptionalInt.empty();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, long profileId) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, profileId);
        return statement;
    }
}
