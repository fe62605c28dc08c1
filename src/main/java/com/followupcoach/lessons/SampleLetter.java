package com.followupcoach.lessons;

import java.util.List;
import java.util.Optional;

/**
 * An annotated example letter, good or bad, for a live critique.
 *
 * @param moduleId    the module it illustrates (always one that exists in the library)
 * @param annotations in file order
 * @param body        the letter, with line breaks as {@code \n}
 */
public record SampleLetter(String id, String title, Verdict verdict, String moduleId,
        Optional<ExerciseScenario> scenario, List<Annotation> annotations, String body) {

    public SampleLetter {
        annotations = List.copyOf(annotations);
    }
}
