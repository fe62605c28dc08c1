package com.followupcoach.vocabulary;

import java.util.List;
import java.util.Optional;

/** The engine's whole answer for one draft. */
public record Critique(int score, int words, List<CriterionResult> criteria, List<Finding> findings,
                       Readability readability) {

    public Critique {
        criteria = List.copyOf(criteria);
        findings = List.copyOf(findings);
    }

    /**
     * Whether the engine judged the draft at all: a draft with no body yet (empty, or a
     * greeting alone) has every criterion not assessed, and gets no score to show or keep.
     */
    public boolean judged() {
        return criteria.stream().anyMatch(r -> r.status() != Status.NOT_ASSESSED);
    }

    public Optional<CriterionResult> result(Criterion criterion) {
        return criteria.stream().filter(r -> r.criterion() == criterion).findFirst();
    }
}
