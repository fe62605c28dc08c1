package com.followupcoach.scoring.group;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Status;
import java.util.Comparator;
import java.util.List;

/**
 * A group's letters scored side by side.
 *
 * @param criteria the criteria in rubric order: the table's and the CSV's columns
 * @param letters  in the order they were given (A, B, C…)
 */
public record GroupReport(List<Criterion> criteria, List<GroupLetter> letters) {

    public GroupReport {
        criteria = List.copyOf(criteria);
        letters = List.copyOf(letters);
    }

    /**
     * The class heatmap's rows: the criteria most often missed first (missing, then partly
     * met), ties in rubric order. Criteria nobody fell short on come last.
     */
    public List<CriterionTally> missedMost() {
        return criteria.stream().map(this::tally)
                .sorted(Comparator.comparingInt(CriterionTally::missing).reversed()
                        .thenComparing(Comparator.comparingInt(CriterionTally::partial).reversed()))
                .toList();
    }

    public CriterionTally tally(Criterion criterion) {
        int[] counts = new int[Status.values().length];
        letters.forEach(letter -> counts[letter.status(criterion).ordinal()]++);
        return new CriterionTally(criterion, counts[Status.MET.ordinal()], counts[Status.PARTIAL.ordinal()],
                counts[Status.MISSING.ordinal()], counts[Status.NOT_ASSESSED.ordinal()]);
    }
}
