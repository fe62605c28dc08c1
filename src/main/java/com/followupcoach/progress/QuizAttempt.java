package com.followupcoach.progress;

import java.time.Instant;
import java.util.List;

/** One go at a module's quiz, with every answer. */
public record QuizAttempt(long id, String moduleId, List<QuizAnswer> answers, Instant createdAt) {

    public QuizAttempt {
        answers = List.copyOf(answers);
    }

    public int correctCount() {
        return (int) answers.stream().filter(QuizAnswer::correct).count();
    }

    /** Share of correct answers, 0–100, rounded down; 0 for an empty quiz. */
    public int percent() {
        return answers.isEmpty() ? 0 : correctCount() * 100 / answers.size();
    }
}
