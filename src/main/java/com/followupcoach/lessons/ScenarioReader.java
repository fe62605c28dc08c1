package com.followupcoach.lessons;

import com.followupcoach.vocabulary.Medium;
import java.time.LocalDate;
import java.util.Optional;

/** Checks a {@code scenario:} block of an exercise or a sample letter. */
final class ScenarioReader {

    private ScenarioReader() {
    }

    /** The {@code scenario} of {@code owner}; empty when absent (an exercise about the learner's own rejection). */
    static Optional<ExerciseScenario> read(Scope owner) {
        return owner.child("scenario", "the scenario", LessonYaml.SCENARIO).map(ScenarioReader::scenario);
    }

    private static ExerciseScenario scenario(Scope scenario) {
        LocalDate interview = scenario.date("interviewDate");
        LocalDate rejection = scenario.date("rejectionDate");
        if (interview != null && rejection != null && rejection.isBefore(interview)) {
            scenario.problem("rejectionDate", "`rejectionDate` " + rejection + " is before `interviewDate` " + interview);
        }
        return new ExerciseScenario(
                scenario.text("candidate"),
                scenario.text("company"),
                scenario.text("role"),
                scenario.text("interviewer"),
                interview,
                rejection,
                scenario.number("daysSinceRejection", 0),
                scenario.choice("medium", Medium.class),
                scenario.texts("changes"),
                scenario.text("background"));
    }
}
