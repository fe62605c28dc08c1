package com.followupcoach.scoring.behaviour;

import java.util.List;
import java.util.Optional;

/** A case after the engine has judged its letters. */
record Outcome(Case testCase, List<Verdict> verdicts, Optional<String> failure) {

    static Outcome of(Case testCase) {
        List<Verdict> verdicts = testCase.letters().stream().map(EngineAdapter::judge).toList();
        return new Outcome(testCase, verdicts, testCase.expectation().failure(verdicts));
    }

    boolean passed() {
        return failure.isEmpty();
    }
}
