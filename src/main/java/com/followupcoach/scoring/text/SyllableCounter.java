package com.followupcoach.scoring.text;

/**
 * Estimates English syllables for the Flesch formulas: count groups of vowels (a e i o u y),
 * drop a silent final "e" ("make") but not "-le" after a consonant ("table"), and give every
 * word at least one. Right for most words and off by one for some ("created"); Flesch
 * scores are averages over many words, so this is the usual trade-off.
 */
public final class SyllableCounter {

    private SyllableCounter() {
    }

    public static int count(CharSequence word) {
        return count(word, 0, word.length());
    }

    /**
     * The syllables of the word {@code text[from, to)}, counted where it stands: a megabyte's
     * readability counts half a million words, and a copy of each was a tenth of what the
     * critique allocated.
     */
    public static int count(CharSequence text, int from, int to) {
        int n = to - from;
        int syllables = 0;
        boolean previousVowel = false;
        int letters = 0;
        for (int i = from; i < to; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (!Character.isLetter(c)) {
                previousVowel = false;
                continue;
            }
            letters++;
            boolean vowel = isVowel(c);
            if (vowel && !previousVowel) {
                syllables++;
            }
            previousVowel = vowel;
        }
        if (letters == 0) {
            return 0;
        }
        if (n >= 3 && lower(text, to - 1) == 'e' && !isVowel(lower(text, to - 2))
                && !(lower(text, to - 2) == 'l' && !isVowel(lower(text, to - 3))) && syllables > 1) {
            syllables--;
        }
        if (n >= 4 && lower(text, to - 1) == 'd' && lower(text, to - 2) == 'e'
                && "td".indexOf(lower(text, to - 3)) < 0 && !isVowel(lower(text, to - 3)) && syllables > 1) {
            syllables--; // "enjoyed", "asked": the -ed is not sounded
        }
        return Math.max(1, syllables);
    }

    private static char lower(CharSequence word, int i) {
        return Character.toLowerCase(word.charAt(i));
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
