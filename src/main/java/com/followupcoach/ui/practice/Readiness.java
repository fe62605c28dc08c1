package com.followupcoach.ui.practice;

import java.time.Instant;

/**
 * The learner marked their letter ready; it should rest until {@code reviewAfter}, then be
 * read again with fresh eyes (the article: take your time before sending).
 */
public record Readiness(Instant since, Instant reviewAfter, boolean due) {
}
