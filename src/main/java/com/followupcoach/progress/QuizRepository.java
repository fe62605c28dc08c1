package com.followupcoach.progress;

import java.sql.Connection;
import java.sql.SQLException;
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
            long id = Sql.insert(connection, "INSERT INTO quiz_attempt (profile_id, module_id, correct_count, question_count,"
                    + " created_at) VALUES (?, ?, ?, ?, ?)", profileId, moduleId,
                    (int) kept.stream().filter(QuizAnswer::correct).count(), kept.size(), at);
            Sql.batch(connection, "INSERT INTO quiz_answer (quiz_attempt_id, question_id, chosen, correct) VALUES (?, ?, ?, ?)",
                    kept.stream().map(answer -> new Object[] {id, answer.questionId(), chosenAsJson(answer.chosen()),
                            answer.correct()}).toList());
            return new QuizAttempt(id, moduleId, kept, at);
        });
    }

    /** A profile's attempts, oldest first. */
    public List<QuizAttempt> list(long profileId) {
        return database.read(connection -> {
            Map<Long, List<QuizAnswer>> answers = answers(connection, profileId);
            return Sql.list(connection, "SELECT id, module_id, created_at FROM quiz_attempt WHERE profile_id = ?"
                    + " ORDER BY created_at, id", row -> new QuizAttempt(row.getLong("id"), row.getString("module_id"),
                    answers.getOrDefault(row.getLong("id"), List.of()), Times.read(row, "created_at")), profileId);
        });
    }

    private static Map<Long, List<QuizAnswer>> answers(Connection connection, long profileId) throws SQLException {
        Map<Long, List<QuizAnswer>> answers = new LinkedHashMap<>();
        Sql.list(connection, "SELECT a.quiz_attempt_id, a.question_id, a.chosen, a.correct FROM quiz_answer a"
                + " JOIN quiz_attempt q ON q.id = a.quiz_attempt_id WHERE q.profile_id = ?"
                + " ORDER BY a.quiz_attempt_id, a.rowid", row -> Map.entry(row.getLong(1),
                new QuizAnswer(row.getString(2), chosenFromJson(row.getString(3)), row.getBoolean(4))), profileId)
                .forEach(answer -> answers.computeIfAbsent(answer.getKey(), id -> new ArrayList<>()).add(answer.getValue()));
        return answers;
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
