package com.followupcoach.scoring.rubric;

import java.util.Set;

/**
 * The numbers and word lists of the rubric that are not rules: score caps, length and
 * timing bounds, how far a negation reaches.
 */
public record Settings(Caps caps, Length length, Timing timing, Negation negation, Set<String> abbreviations,
                       Set<String> allowedRepeats, int paragraphsFromWords, int mechanicsMissingFrom) {

    public Settings {
        abbreviations = Set.copyOf(abbreviations);
        allowedRepeats = Set.copyOf(allowedRepeats);
    }

    /**
     * Highest score a letter can get with each kind of serious problem; {@code rambling} (a
     * body a reader gives up on, see {@link Length}) is 100, no cap, when the rubric names none.
     */
    public record Caps(int missingEssential, int harmfulTone, int realisticExpectations, int wrongGenre,
                       int personalization, int rambling) {
    }

    /**
     * Body length in words: ideal between min and max, partial up to tooLong, missing beyond.
     * A body over idealMax whose sentences average more than {@code rambleWords} words rambles:
     * it is judged like one over tooLong (0 when the rubric names no such bound: never).
     */
    public record Length(int idealMin, int idealMax, int tooLong, int rambleWords) {
    }

    /** Days after the rejection: fewer than minDays is too soon, more than maxDays rather late. */
    public record Timing(int minDays, int maxDays) {
    }

    /**
     * @param window     how many words before a match a negation may stand
     * @param words      negating words (any word ending in n't also negates)
     * @param notBefore  words that undo a negation standing just before them ("don't hesitate")
     * @param clauseBreaks words that end a negation's reach ("but", "although")
     * @param disclaimers words that, right after a negating word, disown what follows ("I'm not
     *                   writing to ask you to..."): the scope then runs to the clause's end
     */
    public record Negation(int window, Set<String> words, Set<String> notBefore, Set<String> clauseBreaks,
                           Set<String> disclaimers) {
        public Negation {
            words = Set.copyOf(words);
            notBefore = Set.copyOf(notBefore);
            clauseBreaks = Set.copyOf(clauseBreaks);
            disclaimers = Set.copyOf(disclaimers);
        }
    }
}
