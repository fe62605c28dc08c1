package com.followupcoach.progress;

import java.util.List;

/**
 * One answered question.
 *
 * @param chosen the option indexes the learner picked (several for multi-select)
 */
public record QuizAnswer(String questionId, List<Integer> chosen, boolean correct) {

    public QuizAnswer {
        chosen = List.copyOf(chosen);
    }
}
