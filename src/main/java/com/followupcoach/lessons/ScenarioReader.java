package com.followupcoach.lessons;

import com.followupcoach.lessons.yaml.YamlShapes.ScenarioEntry;
import com.followupcoach.vocabulary.Medium;
import java.time.LocalDate;
import java.util.Optional;

/** Checks a {@code scenario:} block of an exercise or a sample letter. */
final class ScenarioReader {

    private ScenarioReader() {
    }

    /** Empty when the block is absent (an exercise about the learner's own rejection). */
    static Optional<ExerciseScenario> read(ScenarioEntry entry, Scope scenario) {
        if (entry == null) {
            return Optional.empty();
        }
        LocalDate interview = scenario.date(entry.interviewDate(), "interviewDate");
        LocalDate rejection = scenario.date(entry.rejectionDate(), "rejectionDate");
        if (interview != null && rejection != null && rejection.isBefore(interview)) {
            scenario.problem("rejectionDate", "`rejectionDate` " + rejection + " is before `interviewDate` " + interview);
        }
        return Optional.of(new ExerciseScenario(
                scenario.text(entry.candidate(), "candidate"),
                scenario.text(entry.company(), "company"),
                scenario.text(entry.role(), "role"),
                scenario.text(entry.interviewer(), "interviewer"),
                interview,
                rejection,
                scenario.number(entry.daysSinceRejection(), "daysSinceRejection", 0),
                scenario.choice(entry.medium(), "medium", Medium.class),
                scenario.texts(entry.changes(), "changes"),
                scenario.text(entry.background(), "background")));
    }
}
