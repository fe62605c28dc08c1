package com.followupcoach.lessons;

import com.followupcoach.vocabulary.Medium;
import com.followupcoach.vocabulary.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The made-up situation an exercise or a sample letter answers.
 *
 * @param interviewer        name and, often, job title ("Paula Grant, Operations Manager")
 * @param daysSinceRejection when the learner is writing, counted from the rejection
 * @param changes            what is new since the interview; may be empty
 * @param background         the situation in two or three sentences
 */
public record ExerciseScenario(
        String candidate, String company, String role, String interviewer,
        LocalDate interviewDate, LocalDate rejectionDate, int daysSinceRejection,
        Medium medium, List<String> changes, String background) {

    public ExerciseScenario {
        changes = List.copyOf(changes);
    }

    /** What the scoring engine needs to know of this situation. */
    public Scenario toScoringScenario() {
        return new Scenario(Optional.of(company), Optional.of(role), Optional.of(interviewer),
                Optional.of(daysSinceRejection), Optional.of(medium), changes);
    }
}
