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

    public Optional<CriterionResult> result(Criterion criterion) {
        return criteria.stream().filter(r -> r.criterion() == criterion).findFirst();
    }
}
