package com.followupcoach.lessons;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A quiz question. The loader guarantees at least two options and a valid answer key:
 * exactly one correct option for {@code SINGLE} and {@code SCENARIO}, at least one for
 * {@code MULTIPLE}, and a scenario text for {@code SCENARIO}.
 *
 * @param scenario the situation the question is about; present for {@code SCENARIO}
 */
public record Question(String id, QuestionKind kind, String prompt, Optional<String> scenario, List<Option> options) {

    public Question {
        options = List.copyOf(options);
    }

    /**
     * Marks an answer: right only when the chosen options are exactly the correct ones.
     *
     * @param chosen indexes (0-based) of the options the learner picked
     * @throws IllegalArgumentException if an index is not an option of this question
     */
    public Grade grade(Set<Integer> chosen) {
        for (int index : chosen) {
            if (index < 0 || index >= options.size()) {
                throw new IllegalArgumentException("question " + id + " has no option " + index);
            }
        }
        List<Integer> missed = indexes().filter(i -> options.get(i).correct() && !chosen.contains(i)).boxed().toList();
        List<Integer> wrong = indexes().filter(i -> !options.get(i).correct() && chosen.contains(i)).boxed().toList();
        return new Grade(missed.isEmpty() && wrong.isEmpty(), missed, wrong);
    }

    /** Indexes (0-based) of the correct options. */
    public List<Integer> correctOptions() {
        return indexes().filter(i -> options.get(i).correct()).boxed().toList();
    }

    private IntStream indexes() {
        return IntStream.range(0, options.size());
    }
}
