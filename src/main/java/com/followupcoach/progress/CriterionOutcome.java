package com.followupcoach.progress;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Status;

/** What is kept of one criterion's result: enough for the dashboard and history. */
public record CriterionOutcome(Criterion criterion, Status status, int points, int max) {

    public static CriterionOutcome of(CriterionResult result) {
        return new CriterionOutcome(result.criterion(), result.status(), result.points(), result.max());
    }

    /** Missing or only partly met: what the dashboard counts as a miss. */
    public boolean missed() {
        return status == Status.MISSING || status == Status.PARTIAL;
    }
}
