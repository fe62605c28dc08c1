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
        int n = word.length();
        int syllables = 0;
        boolean previousVowel = false;
        int letters = 0;
        for (int i = 0; i < n; i++) {
            char c = Character.toLowerCase(word.charAt(i));
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
        if (n >= 3 && lower(word, n - 1) == 'e' && !isVowel(lower(word, n - 2))
                && !(lower(word, n - 2) == 'l' && !isVowel(lower(word, n - 3))) && syllables > 1) {
            syllables--;
        }
        if (n >= 4 && lower(word, n - 1) == 'd' && lower(word, n - 2) == 'e'
                && "td".indexOf(lower(word, n - 3)) < 0 && !isVowel(lower(word, n - 3)) && syllables > 1) {
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
