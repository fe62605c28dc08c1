package com.followupcoach.progress;

import java.time.Instant;
import java.util.List;

/** A scored draft: the text as scored, its score and each criterion's outcome. */
public record Attempt(long id, String exerciseId, String text, int score, int words, int findingsCount,
                      Instant createdAt, List<CriterionOutcome> criteria) {

    public Attempt {
        criteria = List.copyOf(criteria);
    }
}
