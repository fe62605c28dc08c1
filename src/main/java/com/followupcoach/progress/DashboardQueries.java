package com.followupcoach.progress;

import com.followupcoach.progress.DashboardSummary.CriterionMisses;
import com.followupcoach.progress.DashboardSummary.ExerciseBest;
import com.followupcoach.progress.DashboardSummary.ModuleStatus;
import com.followupcoach.progress.DashboardSummary.QuizScore;
import com.followupcoach.progress.DashboardSummary.ScorePoint;
import com.followupcoach.vocabulary.Criterion;
import java.sql.Connection;
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
        return Sql.list(connection,
                "SELECT module_id, completed_at IS NOT NULL FROM lesson_progress WHERE profile_id = ? ORDER BY module_id",
                row -> new ModuleStatus(row.getString(1), row.getBoolean(2) ? LessonStatus.DONE : LessonStatus.IN_PROGRESS),
                profileId);
    }

    private static List<QuizScore> quizzes(Connection connection, long profileId) throws SQLException {
        String sql = "WITH q AS (SELECT id, module_id, created_at,"
                + " CASE WHEN question_count = 0 THEN 0 ELSE correct_count * 100 / question_count END AS percent"
                + " FROM quiz_attempt WHERE profile_id = ?)"
                + " SELECT module_id, max(percent), (SELECT l.percent FROM q l WHERE l.module_id = q.module_id"
                + " ORDER BY l.created_at DESC, l.id DESC LIMIT 1), count(*) FROM q GROUP BY module_id ORDER BY module_id";
        return Sql.list(connection, sql,
                row -> new QuizScore(row.getString(1), row.getInt(2), row.getInt(3), row.getInt(4)), profileId);
    }

    private static List<ScorePoint> recentScores(Connection connection, long profileId, int limit) throws SQLException {
        List<ScorePoint> points = new ArrayList<>(Sql.list(connection, "SELECT id, exercise_id, created_at, score FROM attempt"
                + " WHERE profile_id = ? ORDER BY created_at DESC, id DESC LIMIT ?", row -> new ScorePoint(row.getLong(1),
                row.getString(2), Times.read(row, "created_at"), row.getInt(4)), profileId, Math.max(0, limit)));
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
        Sql.list(connection, sql, row -> {
            int missed = row.getInt(2);
            int assessed = row.getInt(3);
            int missing = row.getInt(4);
            int lost = row.getInt(5);
            return StoredIds.criterion(row.getString(1)).map(c -> new CriterionMisses(c, missed, assessed, missing, lost));
        }, profileId).forEach(known -> known.ifPresent(misses::add));
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
        return Sql.list(connection, "SELECT exercise_id, max(score), count(*) FROM attempt"
                + " WHERE profile_id = ? GROUP BY exercise_id ORDER BY exercise_id",
                row -> new ExerciseBest(row.getString(1), row.getInt(2), row.getInt(3)), profileId);
    }

    /** Days with an attempt, a quiz, a lesson screen or a draft change, in the clock's zone. */
    private List<LocalDate> practiceDays(Connection connection, long profileId) throws SQLException {
        long since = clock.instant().minus(PRACTICE_WINDOW).toEpochMilli();
        String sql = "SELECT created_at FROM attempt WHERE profile_id = ?1 AND created_at >= ?2"
                + " UNION SELECT created_at FROM quiz_attempt WHERE profile_id = ?1 AND created_at >= ?2"
                + " UNION SELECT seen_at FROM lesson_section_seen WHERE profile_id = ?1 AND seen_at >= ?2"
                + " UNION SELECT completed_at FROM lesson_progress WHERE profile_id = ?1 AND completed_at >= ?2"
                + " UNION SELECT updated_at FROM draft WHERE profile_id = ?1 AND updated_at >= ?2";
        TreeSet<LocalDate> days = new TreeSet<>(Sql.list(connection, sql,
                row -> LocalDate.ofInstant(Instant.ofEpochMilli(row.getLong(1)), clock.getZone()), profileId, since));
        return new ArrayList<>(days);
    }

    private static OptionalInt intQuery(Connection connection, String sql, long profileId) throws SQLException {
        // An aggregate over no rows gives one row holding NULL: empty too.
        return Sql.first(connection, sql, row -> {
            int value = row.getInt(1);
            return row.wasNull() ? null : value;
        }, profileId).map(OptionalInt::of).orElseGet(OptionalInt::empty);
    }
}
