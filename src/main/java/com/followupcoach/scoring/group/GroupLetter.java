package com.followupcoach.scoring.group;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Status;

/**
 * One participant's letter, scored.
 *
 * @param label    the anonymous label ("A"), fixed by the letter's place in the group
 * @param name     where it came from (a file name); shown only when the trainer asks
 * @param text     the letter, for the reveal walkthrough
 */
public record GroupLetter(String label, String name, String text, Critique critique) {

    public int score() {
        return critique.score();
    }

    /** The criterion's status; {@code not_assessed} for a criterion this rubric does not score. */
    public Status status(Criterion criterion) {
        return critique.result(criterion).map(CriterionResult::status).orElse(Status.NOT_ASSESSED);
    }
}
