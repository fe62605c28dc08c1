package com.followupcoach.scoring.behaviour;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The pass-rate tables and a few failing letters per class, in Markdown. */
final class Report {

    static final int EXAMPLES_PER_CLASS = 4;
    private static final int LETTER_CHARS = 700;

    private Report() {
    }

    static String tables(List<ClassResult> results, Map<String, Integer> floors) {
        StringBuilder out = new StringBuilder();
        out.append("| class | type | cases | passed | pass rate | floor | expects |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        for (ClassResult r : results) {
            Integer floor = floors.get(r.className());
            String mark = floor == null ? "none" : floor + "%" + (r.percent() < floor ? " BELOW" : "");
            out.append("| ").append(r.className()).append(" | ").append(r.type()).append(" | ").append(r.cases())
                    .append(" | ").append(r.passed()).append(" | ").append(r.percent()).append("% | ").append(mark)
                    .append(" | ").append(r.expects()).append(" |\n");
        }
        out.append("\n| test type | classes | cases | passed | pass rate |\n| --- | ---: | ---: | ---: | ---: |\n");
        Map<TestType, int[]> byType = new EnumMap<>(TestType.class);
        for (ClassResult r : results) {
            int[] sums = byType.computeIfAbsent(r.type(), t -> new int[3]);
            sums[0]++;
            sums[1] += r.cases();
            sums[2] += r.passed();
        }
        int cases = 0;
        int passed = 0;
        for (Map.Entry<TestType, int[]> e : byType.entrySet()) {
            int[] s = e.getValue();
            cases += s[1];
            passed += s[2];
            out.append("| ").append(e.getKey()).append(" (").append(e.getKey().meaning()).append(") | ").append(s[0])
                    .append(" | ").append(s[1]).append(" | ").append(s[2]).append(" | ").append(s[2] * 100 / s[1])
                    .append("% |\n");
        }
        out.append("| all | ").append(results.size()).append(" | ").append(cases).append(" | ").append(passed)
                .append(" | ").append(cases == 0 ? 0 : passed * 100 / cases).append("% |\n");
        return out.toString();
    }

    static String markdown(List<ClassResult> results, Map<String, Integer> floors, String header) {
        StringBuilder out = new StringBuilder("# Behavioural suite report\n\n").append(header).append("\n\n");
        out.append("## Pass rate per class and per test type\n\n").append(tables(results, floors));
        out.append("\n## Failing examples\n\nUp to ").append(EXAMPLES_PER_CLASS)
                .append(" per class, from different templates where possible.\n");
        for (ClassResult r : results) {
            if (r.failures().isEmpty()) {
                continue;
            }
            out.append("\n### ").append(r.className()).append(" (").append(r.percent()).append("% pass, ")
                    .append(r.failures().size()).append(" failing)\n");
            for (Outcome o : examples(r.failures())) {
                out.append("\n- ").append(o.failure().orElseThrow()).append("  \n  template: `")
                        .append(o.testCase().template().replace("`", "'")).append("`\n");
                for (int i = 0; i < o.testCase().letters().size(); i++) {
                    Letter letter = o.testCase().letters().get(i);
                    out.append("\n  letter ").append(i + 1).append(" (score ").append(o.verdicts().get(i).score())
                            .append(letter.setting().company().map(c -> ", scenario company " + c).orElse(""))
                            .append("):\n\n");
                    for (String line : clip(letter.text()).split("\n", -1)) {
                        out.append("      ").append(line).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private static List<Outcome> examples(List<Outcome> failures) {
        List<Outcome> picked = new ArrayList<>();
        Set<String> templates = new HashSet<>();
        for (Outcome o : failures) {
            if (picked.size() < EXAMPLES_PER_CLASS && templates.add(o.testCase().template())) {
                picked.add(o);
            }
        }
        for (Outcome o : failures) {
            if (picked.size() < EXAMPLES_PER_CLASS && !picked.contains(o)) {
                picked.add(o);
            }
        }
        return picked;
    }

    private static String clip(String text) {
        return text.length() <= LETTER_CHARS ? text : text.substring(0, LETTER_CHARS) + " [...]";
    }
}
