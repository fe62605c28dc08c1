package com.followupcoach.ui.lessons;

import com.followupcoach.lessons.Exercise;
import com.followupcoach.lessons.LessonModule;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * How well a learner knows a module: the mean of the module's best quiz result and the best
 * score of each of its exercises tried so far. One rule, used by the lesson list and the
 * Progress page, so the two never disagree.
 */
public final class Mastery {

    private Mastery() {
    }

    /**
     * @param bestQuizPercent   the best quiz result, if the quiz was ever finished
     * @param bestExerciseScore an exercise id's best letter score, if it was ever submitted
     * @return the rounded mean, or empty when there is no evidence yet
     */
    public static OptionalInt of(LessonModule module, OptionalInt bestQuizPercent,
                                 Function<String, OptionalInt> bestExerciseScore) {
        IntStream exerciseBests = module.exercises().stream()
                .map(Exercise::id)
                .flatMapToInt(id -> bestExerciseScore.apply(id).stream());
        int[] evidence = IntStream.concat(bestQuizPercent.stream(), exerciseBests).toArray();
        return evidence.length == 0 ? OptionalInt.empty()
                : OptionalInt.of((int) Math.round(IntStream.of(evidence).average().orElse(0)));
    }
}
