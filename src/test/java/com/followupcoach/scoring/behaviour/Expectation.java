package com.followupcoach.scoring.behaviour;

import java.util.List;
import java.util.Optional;

/** What a case expects of the engine's verdicts on its letters, in the order of its letters. */
@FunctionalInterface
interface Expectation {

    /** Empty when the verdicts meet the expectation; otherwise why not, for the report. */
    Optional<String> failure(List<Verdict> verdicts);

    static Expectation single(String description, java.util.function.Predicate<Verdict> ok, String criterion) {
        return verdicts -> ok.test(verdicts.get(0)) ? Optional.empty()
                : Optional.of("expected " + description + "; got " + verdicts.get(0).brief(criterion));
    }
}
