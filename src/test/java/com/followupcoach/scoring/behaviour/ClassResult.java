package com.followupcoach.scoring.behaviour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How one class fared: its cases, how many passed, and its failures for the report. */
record ClassResult(String className, TestType type, String expects, int cases, int passed, List<Outcome> failures) {

    ClassResult {
        failures = List.copyOf(failures);
    }

    /** Pass rate in whole percent, rounded down, as the floors file records it. */
    int percent() {
        return cases == 0 ? 0 : passed * 100 / cases;
    }

    static List<ClassResult> of(List<Outcome> outcomes) {
        Map<String, List<Outcome>> byClass = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            byClass.computeIfAbsent(o.testCase().className(), k -> new ArrayList<>()).add(o);
        }
        List<ClassResult> results = new ArrayList<>();
        byClass.forEach((name, list) -> results.add(new ClassResult(name, list.get(0).testCase().type(),
                list.get(0).testCase().expectation().description(), list.size(),
                (int) list.stream().filter(Outcome::passed).count(),
                list.stream().filter(o -> !o.passed()).toList())));
        return results;
    }
}
