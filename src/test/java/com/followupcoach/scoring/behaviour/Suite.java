package com.followupcoach.scoring.behaviour;

import java.util.ArrayList;
import java.util.List;

/** The whole generated suite: every class, from one seed. */
final class Suite {

    /** Fixed so that a run today and a run after an engine change judge the same letters. */
    static final long SEED = 20261130L;
    static final int CASES_PER_CLASS = 100;

    private static List<Case> standard;

    private Suite() {
    }

    /** The suite at {@link #SEED}, generated once per test run and shared by the tests. */
    static synchronized List<Case> standard() {
        if (standard == null) {
            standard = List.copyOf(generate(SEED));
        }
        return standard;
    }

    static List<Case> generate(long seed) {
        Filler filler = new Filler(Lexicon.load());
        List<Case> cases = new ArrayList<>();
        for (MinimumFunctionCases.Spec spec : MinimumFunctionCases.SPECS) {
            cases.addAll(MinimumFunctionCases.generate(spec, filler, seed, CASES_PER_CLASS));
        }
        for (PairCases.Spec spec : PairCases.SPECS) {
            cases.addAll(PairCases.generate(spec, filler, seed, CASES_PER_CLASS));
        }
        return cases;
    }

    static List<String> classNames() {
        List<String> names = new ArrayList<>();
        MinimumFunctionCases.SPECS.forEach(s -> names.add(s.className()));
        PairCases.SPECS.forEach(s -> names.add(s.className()));
        return names;
    }
}
