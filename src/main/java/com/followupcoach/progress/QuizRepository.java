package com.followupcoach.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Quiz attempts and their answers, each attempt written whole in one transaction. */
public final class QuizRepository {

    private final Database database;
    private final Clock clock;

    QuizRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public QuizAttempt record(long profileId, String moduleId, List<QuizAnswer> answers) {
        return restore(profileId, moduleId, answers, clock.instant());
    }

    /** An attempt with its own time (import). */
    public QuizAttempt restore(long profileId, String moduleId, List<QuizAnswer> answers, Instant at) {
        List<QuizAnswer> kept = List.copyOf(answers);
        return database.write(connection -> {
            long id = insertAttempt(connection, profileId, moduleId, kept, at);
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO quiz_answer (quiz_attempt_id, question_id, chosen, correct) VALUES (?, ?, ?, ?)")) {
                for (QuizAnswer answer : kept) {
                    statement.setLong(1, id);
                    statement.setString(2, answer.questionId());
                    statement.setString(3, chosenAsJson(answer.chosen()));
                    statement.setBoolean(4, answer.correct());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return new QuizAttempt(id, moduleId, kept, at);
        });
    }

    private static long insertAttempt(Connection connection, long profileId, String moduleId, List<QuizAnswer> answers,
                                      Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO quiz_attempt (profile_id, module_id, correct_count, question_count, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            statement.setLong(1, profileId);
            statement.setString(2, moduleId);
            statement.setInt(3, (int) answers.stream().filter(QuizAnswer::correct).count());
            statement.setInt(4, answers.size());
            statement.setLong(5, at.toEpochMilli());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A profile's attempts, oldest first. */
    public List<QuizAttempt> list(long profileId) {
        return database.read(connection -> {
            Map<Long, List<QuizAnswer>> answers = answers(connection, profileId);
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, module_id, created_at FROM quiz_attempt WHERE profile_id = ? ORDER BY created_at, id")) {
                statement.setLong(1, profileId);
                try (ResultSet rows = statement.executeQuery()) {
                    List<QuizAttempt> attempts = new ArrayList<>();
                    while (rows.next()) {
                        long id = rows.getLong("id");
                        attempts.add(new QuizAttempt(id, rows.getString("module_id"),
                                answers.getOrDefault(id, List.of()), Times.read(rows, "created_at")));
                    }
                    return List.copyOf(attempts);
                }
            }
        });
    }

    private static Map<Long, List<QuizAnswer>> answers(Connection connection, long profileId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT a.quiz_attempt_id, a.question_id, a.chosen, a.correct FROM quiz_answer a"
                        + " JOIN quiz_attempt q ON q.id = a.quiz_attempt_id WHERE q.profile_id = ?"
                        + " ORDER BY a.quiz_attempt_id, a.rowid")) {
            statement.setLong(1, profileId);
            try (ResultSet rows = statement.executeQuery()) {
                Map<Long, List<QuizAnswer>> answers = new LinkedHashMap<>();
                while (rows.next()) {
                    answers.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(
                            new QuizAnswer(rows.getString(2), chosenFromJson(rows.getString(3)), rows.getBoolean(4)));
                }
                return answers;
            }
        }
    }

    static String chosenAsJson(List<Integer> chosen) {
        return chosen.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    static List<Integer> chosenFromJson(String json) {
        String inner = json.strip().replaceAll("^\\[|\\]$", "").strip();
        if (inner.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(inner.split(",")).map(String::strip).map(Integer::valueOf).collect(Collectors.toUnmodifiableList());
    }
}
