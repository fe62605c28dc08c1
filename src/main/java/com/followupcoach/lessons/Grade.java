package com.followupcoach.lessons;

import java.util.List;

/**
 * The mark for one answer to a question.
 *
 * @param correct       the chosen options are exactly the correct ones
 * @param missed        correct options the learner did not choose (0-based, ascending)
 * @param wronglyChosen wrong options the learner chose (0-based, ascending)
 */
public record Grade(boolean correct, List<Integer> missed, List<Integer> wronglyChosen) {

    public Grade {
        missed = List.copyOf(missed);
        wronglyChosen = List.copyOf(wronglyChosen);
    }
}
