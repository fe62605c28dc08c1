package com.followupcoach.files.yaml;

import java.util.Locale;

/** Whether a misspelt word is probably meant as another ("corect" for "correct"). */
final class Typos {

    private static final int MAX_EDITS = 2;

    private Typos() {
    }

    /** Within two edits; very short words are left alone, as two edits can turn any into any other. */
    static boolean close(String intended, String written) {
        return written.length() > MAX_EDITS + 1
                && distance(intended.toLowerCase(Locale.ROOT), written.toLowerCase(Locale.ROOT)) <= MAX_EDITS;
    }

    /** Levenshtein distance; field names are short, so the simple table is fine. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
