package com.followupcoach.lessons;

import com.followupcoach.vocabulary.Criterion;
import java.util.List;
import java.util.Optional;

/**
 * A writing exercise.
 *
 * @param id       unique across the whole library (progress and drafts refer to it)
 * @param brief    what to write
 * @param stresses the criteria the exercise practises most
 * @param scenario the situation to write for; empty when the learner writes about their own
 *                 rejection (the capstone)
 */
public record Exercise(String id, String title, String brief, List<Criterion> stresses,
        Optional<ExerciseScenario> scenario) {

    public Exercise {
        stresses = List.copyOf(stresses);
    }
}
