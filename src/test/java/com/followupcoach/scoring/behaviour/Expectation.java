package com.followupcoach.scoring.behaviour;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a case expects of the engine's verdicts on its letters, in the order of its letters.
 *
 * @param description what is expected, in words, for the report
 * @param check       empty when the verdicts meet the expectation; otherwise why not
 */
record Expectation(String description, Function<List<Verdict>, Optional<String>> check) {

    Optional<String> failure(List<Verdict> verdicts) {
        return check.apply(verdicts);
    }

    static Expectation single(String description, Predicate<Verdict> ok, String criterion) {
        return new Expectation(description, verdicts -> ok.test(verdicts.get(0)) ? Optional.empty()
                : Optional.of("expected " + description + "; got " + verdicts.get(0).brief(criterion)));
    }
}
