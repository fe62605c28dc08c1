package com.followupcoach.scoring.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted passages of a letter. Curly quotes are already straight (see
 * {@link Normalizer}), so a mark's side is read from its neighbours: an opening mark has no
 * letter or digit just before it and something other than a space just after it. A double
 * quote is closed by the next double quote of its paragraph, a single quote by the next
 * single quote of its sentence that follows a word or mark directly; a mark that is never
 * closed quotes nothing (an unbalanced quote must not swallow the rest of the letter). An
 * apostrophe inside a word ("don't") is part of the word, and one after it ("candidates'")
 * opens nothing. Double and single quotes are followed apart, so one may nest in the other.
 */
final class Quotes {

    /** A quoted passage: the tokens strictly between its marks. */
    record Passage(int from, int to) {
    }

    private final TokenizedText text;
    private final String norm;

    Quotes(TokenizedText text, String norm) {
        this.text = text;
        this.norm = norm;
    }

    /** Marks the quoted tokens and returns the passages, in order of their closing marks. */
    List<Passage> mark(boolean[] quoted) {
        List<Passage> passages = new ArrayList<>();
        int openDouble = -1;
        int openSingle = -1;
        for (int i = 0; i < text.size(); i++) {
            if (i > 0 && newParagraph(i)) {
                openDouble = -1;
            }
            if (openSingle >= 0 && text.sentence(openSingle) != text.sentence(i)) {
                openSingle = -1;
            }
            String t = text.lower(i);
            if (t.equals("\"")) {
                if (openDouble >= 0) {
                    passages.add(close(openDouble, i, quoted));
                    openDouble = -1;
                } else if (opens(i)) {
                    openDouble = i;
                }
            } else if (t.equals("'")) {
                if (openSingle >= 0 && closesSingle(i)) {
                    passages.add(close(openSingle, i, quoted));
                    openSingle = -1;
                } else if (openSingle < 0 && opens(i)) {
                    openSingle = i;
                }
            }
        }
        return passages;
    }

    private static Passage close(int open, int close, boolean[] quoted) {
        for (int k = open + 1; k < close; k++) {
            quoted[k] = true;
        }
        return new Passage(open + 1, close);
    }

    private boolean opens(int token) {
        int at = text.start(token);
        boolean wordBefore = at > 0 && Character.isLetterOrDigit(norm.charAt(at - 1));
        boolean spaceAfter = at + 1 >= norm.length() || Character.isWhitespace(norm.charAt(at + 1));
        return !wordBefore && !spaceAfter;
    }

    /** A closing single quote follows something directly: "'fit'" closes, "' and" does not. */
    private boolean closesSingle(int token) {
        int at = text.start(token);
        return at > 0 && !Character.isWhitespace(norm.charAt(at - 1));
    }

    private boolean newParagraph(int token) {
        int lines = 0;
        for (int k = text.end(token - 1); k < text.start(token); k++) {
            if (norm.charAt(k) == '\n' && ++lines == 2) {
                return true;
            }
        }
        return false;
    }
}
