package com.followupcoach.progress;

import java.time.Duration;
import java.time.Instant;

/**
 * The learner said "this letter is ready". The article's advice is to let a letter rest
 * before sending it, so the app suggests a fresh read once the cool-down has passed.
 *
 * @param text the letter as it was when marked ready
 */
public record ReadyMark(String exerciseId, Instant markedAt, String text) {

    public Instant reviewDueAt(Duration coolDown) {
        return markedAt.plus(coolDown);
    }

    public boolean reviewDue(Instant now, Duration coolDown) {
        return !now.isBefore(reviewDueAt(coolDown));
    }
}
