package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.Messages;
import java.util.Optional;

/**
 * A submitted attempt, as the confirmation tells it: the score and how it moved since the
 * attempt before.
 *
 * @param previous the score of the attempt before, if there was one
 */
public record Submission(String taskTitle, int score, Optional<Integer> previous) {

    static Submission of(String taskTitle, int score, Optional<Integer> previous) {
        return new Submission(taskTitle, score, previous);
    }

    /** Points won (positive) or lost since the attempt before; empty for a first attempt. */
    public Optional<Integer> change() {
        return previous.map(before -> score - before);
    }

    /** One line: "Attempt saved: 78 / 100. Up 6 points from your last attempt (72)." */
    public String message() {
        String saved = Messages.format("practice.submit.confirmed", score);
        String moved = previous.map(before -> {
            int change = score - before;
            if (change > 0) {
                return Messages.format("practice.submit.up", change, before);
            }
            if (change < 0) {
                return Messages.format("practice.submit.down", -change, before);
            }
            return Messages.format("practice.submit.same", before);
        }).orElse(Messages.get("practice.submit.first"));
        return saved + " " + moved;
    }
}
