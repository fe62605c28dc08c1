package com.followupcoach.scoring.rubric;

import com.followupcoach.scoring.text.Language;
import com.followupcoach.scoring.text.TokenizedText;
import com.followupcoach.scoring.tokens.Lexicon;
import java.util.List;

/**
 * Lexicons the language layer reads as one word class (the rubric's irony markers): the
 * longest phrase of any of them wins. A class of its own, not a lambda, so that a rubric
 * snapshot can say which lexicons it reads.
 */
final class LexiconPhrases implements Language.PhraseFinder {

    private final List<Lexicon> lexicons;
    /** An array, not the list: the language layer asks at every token, and an iterator each time adds up. */
    private final Lexicon[] array;

    LexiconPhrases(List<Lexicon> lexicons) {
        this.lexicons = List.copyOf(lexicons);
        this.array = lexicons.toArray(Lexicon[]::new);
    }

    List<Lexicon> lexicons() {
        return lexicons;
    }

    @Override
    public int longestAt(TokenizedText text, int token, int limit) {
        int best = 0;
        for (Lexicon l : array) {
            best = Math.max(best, l.longestAt(text, token, limit));
        }
        return best;
    }
}
