package com.followupcoach.scoring.behaviour;

import java.util.List;

/**
 * One generated test: its class (the capability it probes), its type, its letters and
 * what is expected of the engine's verdicts on them.
 *
 * @param template the template the case was built from, so failures can be grouped
 */
record Case(String id, String className, TestType type, List<Letter> letters, String template,
            Expectation expectation) {

    Case {
        letters = List.copyOf(letters);
    }
}
