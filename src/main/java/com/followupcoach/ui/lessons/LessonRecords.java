package com.followupcoach.ui.lessons;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** What the lessons keep for the active learner; the app backs it with the progress store. */
public interface LessonRecords {

    LessonStatus status(String moduleId);

    /** The learner has read screen {@code index} of {@code count}. */
    void screenRead(String moduleId, int index, int count);

    /** The furthest screen (from 0) the learner has read in the module, if any. */
    OptionalInt furthestScreen(String moduleId);

    /** A finished quiz: the answers given and how many were right. */
    void quizFinished(String moduleId, List<AnsweredQuestion> answers);

    /**
     * Mastery in percent by module id, for the modules with any evidence yet (quiz and
     * exercise scores). The app computes it exactly as the Progress page does.
     */
    Map<String, Integer> mastery();

    /** One answered question. */
    record AnsweredQuestion(String questionId, List<Integer> chosen, boolean correct) {
        public AnsweredQuestion {
            chosen = List.copyOf(chosen);
        }
    }
}
