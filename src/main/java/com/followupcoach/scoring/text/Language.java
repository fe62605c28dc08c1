package com.followupcoach.scoring.text;

import java.util.Map;
import java.util.Set;

/**
 * What the language layer needs from the rubric to give each token its attributes: which
 * words negate and how far, the British and American spellings read as one word, and the
 * irony markers. {@link #PLAIN} knows no spellings or markers and negates only with the
 * commonest words (for tests of the layer alone).
 *
 * @param negation     which words open a negation's scope and what ends it
 * @param spellings    a spelling to the form it is read as before stemming ("organise" -> "organize")
 * @param ironyMarkers phrases that mark irony wherever they stand ("so-called", "lol")
 * @param ironyAlone   phrases that mark irony when they fill a clause of their own ("Lovely.", "Sure,")
 */
public record Language(NegationRules negation, Map<String, String> spellings, PhraseFinder ironyMarkers,
                       PhraseFinder ironyAlone) {

    public static final Language PLAIN = new Language(new NegationRules(5,
            Set.of("not", "no", "never", "nor", "neither", "without", "cannot"),
            Set.of("hesitate", "only", "least", "doubt"),
            Set.of("but", "although", "though", "however", "yet", "and", "so", "because", "if", "when"), Set.of()),
            Map.of(), PhraseFinder.NONE, PhraseFinder.NONE);

    public Language {
        spellings = Map.copyOf(spellings);
    }

    /**
     * @param window    how many words after a negating word its scope reaches at most
     * @param words     negating words (every word ending in n't negates too)
     * @param notBefore words that undo a negation standing just before them ("don't hesitate")
     * @param breaks    words that end a scope ("but", "although"); a clause mark ends it too
     * @param disclaimers words that, right after a negating word, disown the rest of the clause
     *                  ("I'm not writing to ask you to reconsider"): that scope takes no window
     */
    public record NegationRules(int window, Set<String> words, Set<String> notBefore, Set<String> breaks,
                                Set<String> disclaimers) {
        public NegationRules {
            words = Set.copyOf(words);
            notBefore = Set.copyOf(notBefore);
            breaks = Set.copyOf(breaks);
            disclaimers = Set.copyOf(disclaimers);
        }

        boolean negates(String lower) {
            return words.contains(lower) || lower.endsWith("n't");
        }
    }

    /** Finds phrases of a word class in tokens (a lexicon, seen from the language layer). */
    @FunctionalInterface
    public interface PhraseFinder {
        PhraseFinder NONE = (text, token, limit) -> 0;

        /** The number of tokens of the longest phrase starting at {@code token} and ending before {@code limit}; 0 when none. */
        int longestAt(TokenizedText text, int token, int limit);
    }
}
