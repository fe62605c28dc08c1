package com.followupcoach.scoring.group;

import com.followupcoach.vocabulary.Criterion;

/** How a group did on one criterion: how many letters met it, partly met it or missed it. */
public record CriterionTally(Criterion criterion, int met, int partial, int missing, int notAssessed) {

    /** Letters that fell short: missed outright or only partly met. */
    public int shortfalls() {
        return missing + partial;
    }
}
