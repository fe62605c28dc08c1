package com.followupcoach.progress;

import com.followupcoach.vocabulary.Criterion;
import java.time.Instant;

/**
 * A finding the learner marked "this flag is wrong".
 *
 * @param flaggedText the letter text the finding pointed at
 * @param message     the finding's message, as shown then
 */
public record DismissedFlag(long id, String exerciseId, Criterion criterion, String flaggedText, String message,
                            Instant createdAt) {
}
