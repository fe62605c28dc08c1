package com.followupcoach.scoring.text;

/**
 * Marks the tokens that signal irony. Three kinds of signal, each a class, none a single word
 * written into code: a phrase of the rubric's irony-marker class wherever it stands
 * ("so-called", "lol", "yeah right"); a phrase of its irony-alone class when it fills a clause
 * of its own ("Lovely.", "Brilliant.", "Sure, …", "- great job"), where the same word inside
 * a sentence ("a lovely team") is sincere; and scare quotes, one to three quoted words in a
 * sentence that is otherwise the writer's own ("your 'process'").
 */
final class IronyMarkers {

    /** Longer quotations are quotations, not scare quotes. */
    private static final int SCARE_QUOTE_WORDS = 3;

    private final TokenizedText text;
    private final Language language;
    private final java.util.List<Quotes.Passage> passages;

    IronyMarkers(TokenizedText text, Language language, java.util.List<Quotes.Passage> passages) {
        this.text = text;
        this.language = language;
        this.passages = passages;
    }

    void mark(boolean[] ironic) {
        int n = text.size();
        for (int i = 0; i < n; i++) {
            int to = text.sentenceTo(text.sentence(i));
            fill(ironic, i, language.ironyMarkers().longestAt(text, i, to));
            if (clauseStart(i)) {
                int end = clauseEnd(i);
                int found = end > i ? language.ironyAlone().longestAt(text, i, end) : 0;
                if (found == end - i) {
                    fill(ironic, i, found);
                }
            }
        }
        for (Quotes.Passage p : passages) {
            if (scareQuotes(p)) {
                fill(ironic, p.from(), p.to() - p.from());
            }
        }
    }

    private static void fill(boolean[] ironic, int from, int count) {
        for (int k = from; k < from + count; k++) {
            ironic[k] = true;
        }
    }

    private boolean clauseStart(int token) {
        return text.isWordOrNumber(token) && (token == 0 || text.clause(token - 1) != text.clause(token));
    }

    /** One past the clause's last word: its closing marks (. ! ? " ) and the like) left out. */
    private int clauseEnd(int from) {
        int end = from;
        int lastWord = from;
        while (end < text.size() && text.clause(end) == text.clause(from)) {
            if (text.isWordOrNumber(end)) {
                lastWord = end;
            }
            end++;
        }
        return lastWord + 1;
    }

    private boolean scareQuotes(Quotes.Passage p) {
        int inside = p.to() - p.from();
        if (inside < 1 || inside > SCARE_QUOTE_WORDS || text.sentence(p.from()) != text.sentence(p.to())) {
            return false;
        }
        for (int k = p.from(); k < p.to(); k++) {
            if (!text.isWordOrNumber(k)) {
                return false;
            }
        }
        int sentence = text.sentence(p.from());
        int own = 0;
        for (int k = text.sentenceFrom(sentence); k < text.sentenceTo(sentence); k++) {
            if (text.isWordOrNumber(k) && !text.quoted(k)) {
                own++;
            }
        }
        return own >= 2;
    }
}
