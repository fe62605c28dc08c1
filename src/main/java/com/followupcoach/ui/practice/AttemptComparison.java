package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two attempts side by side: the words that changed, and how each criterion moved.
 *
 * @param before the older attempt
 * @param after  the newer attempt
 */
record AttemptComparison(PracticeRecords.PastAttempt before, PracticeRecords.PastAttempt after,
                         WordDiff.Sides text, List<CriterionChange> criteria) {

    /** One criterion's status before → after and the points won or lost. */
    record CriterionChange(Criterion criterion, Optional<Status> before, Optional<Status> after, int pointsDelta) {

        boolean changed() {
            return !before.equals(after) || pointsDelta != 0;
        }
    }

    /** Compares two attempts, whichever order they are given in: the older one goes left. */
    static AttemptComparison of(PracticeRecords.PastAttempt one, PracticeRecords.PastAttempt two) {
        boolean oneFirst = !one.submittedAt().isAfter(two.submittedAt());
        PracticeRecords.PastAttempt before = oneFirst ? one : two;
        PracticeRecords.PastAttempt after = oneFirst ? two : one;
        List<CriterionChange> changes = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            Optional<PracticeRecords.Outcome> was = before.outcome(criterion);
            Optional<PracticeRecords.Outcome> is = after.outcome(criterion);
            if (was.isPresent() || is.isPresent()) {
                int delta = is.map(PracticeRecords.Outcome::points).orElse(0)
                        - was.map(PracticeRecords.Outcome::points).orElse(0);
                changes.add(new CriterionChange(criterion, was.map(PracticeRecords.Outcome::status),
                        is.map(PracticeRecords.Outcome::status), delta));
            }
        }
        return new AttemptComparison(before, after, WordDiff.between(before.text(), after.text()), List.copyOf(changes));
    }
}
