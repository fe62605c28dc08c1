package com.followupcoach.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
            start(connection, profileId, moduleId, startedAt.toEpochMilli());
            if (completedAt.isPresent()) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "UPDATE lesson_progress SET completed_at = coalesce(completed_at, ?), updated_at = ?"
                                + " WHERE profile_id = ? AND module_id = ?")) {
                    statement.setLong(1, completedAt.get().toEpochMilli());
                    statement.setLong(2, completedAt.get().toEpochMilli());
                    statement.setLong(3, profileId);
                    statement.setString(4, moduleId);
                    statement.executeUpdate();
                }
            }
            return null;
        });
    }

    /** A section seen at the given time (import). */
    public void restoreSection(long profileId, String moduleId, String sectionId, Instant seenAt) {
        database.write(connection -> {
            long millis = seenAt.toEpochMilli();
            start(connection, profileId, moduleId, millis);
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO lesson_section_seen (profile_id, module_id, section_id, seen_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT DO NOTHING")) {
                statement.setLong(1, profileId);
                statement.setString(2, moduleId);
                statement.setString(3, sectionId);
                statement.setLong(4, millis);
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE lesson_progress SET updated_at = max(updated_at, ?) WHERE profile_id = ? AND module_id = ?")) {
                statement.setLong(1, millis);
                statement.setLong(2, profileId);
                statement.setString(3, moduleId);
                return statement.executeUpdate();
            }
        });
    }

    private static void start(Connection connection, long profileId, String moduleId, long at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO lesson_progress (profile_id, module_id, started_at, updated_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")) {
            statement.setLong(1, profileId);
            statement.setString(2, moduleId);
            statement.setLong(3, at);
            statement.setLong(4, at);
            statement.executeUpdate();
        }
    }

    /** The module's progress; {@code NEW} if never opened. */
    public LessonProgress progress(long profileId, String moduleId) {
        return all(profileId).stream().filter(p -> p.moduleId().equals(moduleId)).findFirst()
                .orElse(LessonProgress.notStarted(moduleId));
    }

    /** Every module the learner has opened, by module id. */
    public List<LessonProgress> all(long profileId) {
        return database.read(connection -> {
            Map<String, List<String>> sections = sectionsSeen(connection, profileId);
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT module_id, started_at, completed_at FROM lesson_progress WHERE profile_id = ? ORDER BY module_id")) {
                statement.setLong(1, profileId);
                try (ResultSet rows = statement.executeQuery()) {
                    List<LessonProgress> modules = new ArrayList<>();
                    while (rows.next()) {
                        String moduleId = rows.getString("module_id");
                        Optional<Instant> completed = Times.readOptional(rows, "completed_at");
                        modules.add(new LessonProgress(moduleId,
                                completed.isPresent() ? LessonStatus.DONE : LessonStatus.IN_PROGRESS,
                                sections.getOrDefault(moduleId, List.of()),
                                Optional.of(Times.read(rows, "started_at")), completed));
                    }
                    return List.copyOf(modules);
                }
            }
        });
    }

    private static Map<String, List<String>> sectionsSeen(Connection connection, long profileId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT module_id, section_id FROM lesson_section_seen WHERE profile_id = ? ORDER BY module_id, seen_at, section_id")) {
            statement.setLong(1, profileId);
            try (ResultSet rows = statement.executeQuery()) {
                Map<String, List<String>> sections = new LinkedHashMap<>();
                while (rows.next()) {
                    sections.computeIfAbsent(rows.getString(1), m -> new ArrayList<>()).add(rows.getString(2));
                }
                return sections;
            }
        }
    }
}
