package com.followupcoach.progress;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Status;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A profile with something in every table, and a way to count what a profile owns. */
final class SampleData {

    private SampleData() {
    }

    static void fillEveryTable(ProgressStore store, long profileId) {
        store.settings().setProfile(profileId, "editor.font", "serif");
        store.lessons().markSectionSeen(profileId, "timing", "wait-before-writing");
        store.lessons().markCompleted(profileId, "timing");
        store.quizzes().record(profileId, "timing", List.of(new QuizAnswer("q1", List.of(1), true)));
        store.drafts().save(profileId, "own-letter", "Dear Ms Chen,", Optional.of("{\"company\":\"Acme\"}"));
        store.attempts().record(profileId, "ex-1", "Dear Ms Chen, thank you.",
                Critiques.with(70, Map.of(Criterion.FEEDBACK_REQUEST, Status.MISSING)));
        store.dismissedFlags().dismiss(profileId, "ex-1", Criterion.TONE, "frankly", "sounds defensive");
        store.readyMarks().markReady(profileId, "own-letter", "Dear Ms Chen,");
    }

    /** Rows per table that belong to the profile, directly or through a parent row. */
    static Map<String, Integer> rowsOwnedBy(ProgressStore store, long profileId) {
        Map<String, String> queries = new LinkedHashMap<>();
        for (String table : List.of("profile_setting", "lesson_progress", "lesson_section_seen", "quiz_attempt", "draft",
                "attempt", "dismissed_flag", "ready_mark")) {
            queries.put(table, "SELECT count(*) FROM " + table + " WHERE profile_id = ?");
        }
        queries.put("quiz_answer", "SELECT count(*) FROM quiz_answer JOIN quiz_attempt q ON q.id = quiz_attempt_id"
                + " WHERE q.profile_id = ?");
        queries.put("attempt_criterion", "SELECT count(*) FROM attempt_criterion JOIN attempt a ON a.id = attempt_id"
                + " WHERE a.profile_id = ?");
        Map<String, Integer> counts = new LinkedHashMap<>();
        store.database().read(connection -> {
            for (Map.Entry<String, String> query : queries.entrySet()) {
                try (PreparedStatement statement = connection.prepareStatement(query.getValue())) {
                    statement.setLong(1, profileId);
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        counts.put(query.getKey(), rows.getInt(1));
                    }
                }
            }
            return null;
        });
        return counts;
    }
}
