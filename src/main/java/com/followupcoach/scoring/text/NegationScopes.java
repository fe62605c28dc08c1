package com.followupcoach.scoring.text;

/**
 * Marks the tokens that lie in a negation's scope. A scope opens after a negating word and
 * takes the words after it until its clause ends (a clause mark, a word such as "but" that
 * opens a clause), a word that breaks it ("and", "so", "if"), or the rules' window of words
 * is used up, whichever comes first. Each scope is at most a window long, so the cost stays
 * linear in the letter's length.
 */
final class NegationScopes {

    private final TokenizedText text;
    private final Language.NegationRules rules;

    NegationScopes(TokenizedText text, Language.NegationRules rules) {
        this.text = text;
        this.rules = rules;
    }

    void mark(boolean[] negated) {
        int n = text.size();
        for (int i = 0; i < n; i++) {
            if (!text.isWordOrNumber(i) || !rules.negates(text.lower(i)) || undone(i)) {
                continue;
            }
            int words = 0;
            for (int j = i + 1; j < n && words < rules.window(); j++) {
                if (text.sentence(j) != text.sentence(i) || text.clause(j) != text.clause(i)
                        || rules.breaks().contains(text.lower(j))) {
                    break;
                }
                negated[j] = true;
                if (text.isWordOrNumber(j)) {
                    words++;
                }
            }
        }
    }

    /** "Don't hesitate", "not only", "can't thank you enough": the next word undoes the negation. */
    private boolean undone(int negator) {
        int next = negator + 1;
        return next < text.size() && text.sentence(next) == text.sentence(negator)
                && rules.notBefore().contains(text.lower(next));
    }
}
