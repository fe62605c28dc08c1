package com.followupcoach.scoring.calibration;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Severity;
import com.followupcoach.vocabulary.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The measures of /work/shared/tools/eval_letters.py, in Java: AUC of the score between two
 * groups, and per criterion the F1 of the critique against a yes/no label. A 'present'
 * criterion is detected when its status is met or partial; a 'problem' criterion when its
 * status is anything but met (or not assessed) or it has an error finding.
 */
final class Agreement {

    /** manifest column -> criterion and how a critique shows it, as in eval_letters.py */
    static final Map<String, Map.Entry<Criterion, Boolean>> COLUMNS = Map.of(
            "has_thanks", Map.entry(Criterion.GRATITUDE, true),
            "acknowledges_decision", Map.entry(Criterion.ACKNOWLEDGEMENT, true),
            "reaffirms_interest", Map.entry(Criterion.CONTINUED_INTEREST, true),
            "asks_alternate_positions", Map.entry(Criterion.ALTERNATE_POSITIONS, true),
            "mentions_new_skills", Map.entry(Criterion.NEW_QUALIFICATIONS, true),
            "asks_feedback", Map.entry(Criterion.FEEDBACK_REQUEST, true),
            "gives_contact", Map.entry(Criterion.CONTACT_DETAILS, true),
            "tone_problem", Map.entry(Criterion.TONE, false),
            "realistic_expectations_problem", Map.entry(Criterion.REALISTIC_EXPECTATIONS, false),
            "has_placeholder_or_wrong_company", Map.entry(Criterion.PERSONALIZATION, false));

    private Agreement() {
    }

    static double auc(List<Integer> positives, List<Integer> negatives) {
        double wins = 0;
        for (int p : positives) {
            for (int n : negatives) {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        return wins / (positives.size() * (double) negatives.size());
    }

    static boolean detected(Critique critique, Criterion criterion, boolean present) {
        Status status = critique.result(criterion).orElseThrow().status();
        if (present) {
            return status == Status.MET || status == Status.PARTIAL;
        }
        boolean error = critique.findings().stream()
                .anyMatch(f -> f.criterion() == criterion && f.severity() == Severity.ERROR);
        return (status != Status.MET && status != Status.NOT_ASSESSED) || error;
    }

    /** F1 of detections against labels; 1.0 when there are no positives and no detections. */
    static double f1(List<boolean[]> labelAndDetection) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (boolean[] pair : labelAndDetection) {
            if (pair[0] && pair[1]) {
                tp++;
            } else if (!pair[0] && pair[1]) {
                fp++;
            } else if (pair[0]) {
                fn++;
            }
        }
        if (tp + fp + fn == 0) {
            return 1.0;
        }
        return 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** The scores of the letters labelled {@code label}, in the set's order. */
    static List<Integer> scores(Map<LabelledLetters.Letter, Critique> critiques, String label) {
        List<Integer> out = new ArrayList<>();
        critiques.forEach((letter, critique) -> {
            if (letter.label().equals(label)) {
                out.add(critique.score());
            }
        });
        return out;
    }

    /** Each manifest column's F1 of the critiques against the letters' labels, by column name. */
    static Map<String, Double> f1ByColumn(Map<LabelledLetters.Letter, Critique> critiques) {
        Map<String, Double> out = new TreeMap<>();
        COLUMNS.forEach((column, how) -> {
            List<boolean[]> pairs = new ArrayList<>();
            critiques.forEach((letter, critique) -> pairs.add(new boolean[] {letter.yes(column),
                    detected(critique, how.getKey(), how.getValue())}));
            out.put(column, f1(pairs));
        });
        return out;
    }
}
