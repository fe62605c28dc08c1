package com.followupcoach.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which lesson screens (sections) a learner has seen and which modules are done.
 * Marking a section seen twice is harmless: the first time counts.
 */
public final class LessonProgressRepository {

    private final Database database;
    private final Clock clock;

    LessonProgressRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void markSectionSeen(long profileId, String moduleId, String sectionId) {
        restoreSection(profileId, moduleId, sectionId, clock.instant());
    }

    /** Marks the module done (and started, if it was not). */
    public void markCompleted(long profileId, String moduleId) {
        restoreModule(profileId, moduleId, clock.instant(), Optional.of(clock.instant()));
    }

    /** The module with its own times (import). */
    public void restoreModule(long profileId, String moduleId, Instant startedAt, Optional<Instant> completedAt) {
        database.write(connection -> {
            start(connection, profileId, moduleId, startedAt);
            if (completedAt.isPresent()) {
                Sql.update(connection, "UPDATE lesson_progress SET completed_at = coalesce(completed_at, ?), updated_at = ?"
                        + " WHERE profile_id = ? AND module_id = ?", completedAt, completedAt, profileId, moduleId);
            }
            return null;
        });
    }

    /** A section seen at the given time (import). */
    public void restoreSection(long profileId, String moduleId, String sectionId, Instant seenAt) {
        database.write(connection -> {
            start(connection, profileId, moduleId, seenAt);
            Sql.update(connection, "INSERT INTO lesson_section_seen (profile_id, module_id, section_id, seen_at)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", profileId, moduleId, sectionId, seenAt);
            return Sql.update(connection, "UPDATE lesson_progress SET updated_at = max(updated_at, ?)"
                    + " WHERE profile_id = ? AND module_id = ?", seenAt, profileId, moduleId);
        });
    }

    private static void start(Connection connection, long profileId, String moduleId, Instant at) throws SQLException {
        Sql.update(connection, "INSERT INTO lesson_progress (profile_id, module_id, started_at, updated_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", profileId, moduleId, at, at);
    }

    /** The module's progress; {@code NEW} if never opened. */
    public LessonProgress progress(long profileId, String moduleId) {
        return query(" AND module_id = ?", profileId, moduleId).stream().findFirst()
                .orElse(LessonProgress.notStarted(moduleId));
    }

    /** Every module the learner has opened, by module id. */
    public List<LessonProgress> all(long profileId) {
        return query("", profileId);
    }

    /** Both queries take the same parameters: the profile id, then those of {@code filter}. */
    private List<LessonProgress> query(String filter, Object... parameters) {
        return database.read(connection -> {
            Map<String, List<String>> sections = new LinkedHashMap<>();
            Sql.list(connection, "SELECT module_id, section_id FROM lesson_section_seen WHERE profile_id = ?" + filter
                    + " ORDER BY module_id, seen_at, section_id", row -> List.of(row.getString(1), row.getString(2)),
                    parameters).forEach(seen -> sections.computeIfAbsent(seen.get(0), m -> new ArrayList<>()).add(seen.get(1)));
            return Sql.list(connection, "SELECT module_id, started_at, completed_at FROM lesson_progress"
                    + " WHERE profile_id = ?" + filter + " ORDER BY module_id", row -> {
                        String moduleId = row.getString("module_id");
                        Optional<Instant> completed = Times.readOptional(row, "completed_at");
                        return new LessonProgress(moduleId, completed.isPresent() ? LessonStatus.DONE : LessonStatus.IN_PROGRESS,
                                sections.getOrDefault(moduleId, List.of()), Optional.of(Times.read(row, "started_at")),
                                completed);
                    }, parameters);
        });
    }
}
