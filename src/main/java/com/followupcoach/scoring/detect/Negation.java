package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.TokenizedText;

/**
 * Decides whether a match is negated: "I don't need any feedback", "I'm not interested in
 * other positions". The language layer marks each token that lies in a negation's scope
 * ({@link TokenizedText#negated}, shaped by the rubric's {@code settings.negation}); a match is
 * negated when its first token is. "Don't hesitate to", "not only" and "can't thank you
 * enough" open no scope (the rubric's {@code notBefore} list).
 */
public final class Negation {

    /** The one test: the scopes themselves are computed with the letter's tokens. */
    public static final Negation BY_SCOPE = new Negation();

    private Negation() {
    }

    public boolean isNegated(LetterText text, int matchStart) {
        TokenizedText tokens = text.tokens();
        int token = tokens.tokenFrom(matchStart);
        return token < tokens.size() && tokens.negated(token);
    }
}
