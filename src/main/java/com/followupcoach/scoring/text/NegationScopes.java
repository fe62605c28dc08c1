package com.followupcoach.scoring.text;

/**
 * Marks the tokens that lie in a negation's scope. A scope opens after a negating word and
 * takes the words after it until its clause ends (a clause mark, a word such as "but" that
 * opens a clause), a word that breaks it ("and", "so", "if"), or the rules' window of words
 * is used up, whichever comes first. A disclaimer ("I'm not writing to ask you to reconsider",
 * "not here to argue") disowns everything its clause goes on to say, so its scope takes the
 * whole clause whatever the window. The cost stays linear in the letter's length: a window
 * scope is at most a window long, and a disclaimer's scope ends where its clause does, with
 * the next negating word inside it skipped over.
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
            boolean disclaimer = disclaims(i);
            int words = 0;
            int j = i + 1;
            for (; j < n && (disclaimer || words < rules.window()); j++) {
                if (text.sentence(j) != text.sentence(i) || text.clause(j) != text.clause(i)
                        || rules.breaks().contains(text.lower(j))) {
                    break;
                }
                negated[j] = true;
                if (text.isWordOrNumber(j)) {
                    words++;
                }
            }
            if (disclaimer) {
                i = j - 1; // the clause is already negated; its later negating words add nothing
            }
        }
    }

    /** "not writing to", "not here to": the next word makes the negation a disclaimer. */
    private boolean disclaims(int negator) {
        int next = negator + 1;
        return next < text.size() && text.sentence(next) == text.sentence(negator)
                && rules.disclaimers().contains(text.lower(next));
    }

    /** "Don't hesitate", "not only", "can't thank you enough": the next word undoes the negation. */
    private boolean undone(int negator) {
        int next = negator + 1;
        return next < text.size() && text.sentence(next) == text.sentence(negator)
                && rules.notBefore().contains(text.lower(next));
    }
}
