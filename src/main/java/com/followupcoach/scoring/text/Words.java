package com.followupcoach.scoring.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words: runs of letters and digits, with an apostrophe or hyphen allowed
 * between two of them ("don't", "follow-up"). Works on code points, so a word never ends
 * inside a surrogate pair.
 */
public final class Words {

    private Words() {
    }

    public static List<Span> of(String text, int from, int to) {
        List<Span> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < to) {
                int c = text.codePointAt(i);
                if (isWordChar(c)) {
                    i += Character.charCount(c);
                } else if ((c == '\'' || c == '-') && i + 1 < to && isWordChar(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            words.add(new Span(start, i));
        }
        return words;
    }

    public static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }

    /** Whether the word contains a letter (numbers and codes are not words for readability). */
    public static boolean hasLetter(String text, Span word) {
        for (int i = word.start(); i < word.end(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
