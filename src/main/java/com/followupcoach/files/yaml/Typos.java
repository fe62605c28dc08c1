package com.followupcoach.files.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Whether a misspelt word is probably meant as another ("corect" for "correct"). */
public final class Typos {

    private static final int MAX_EDITS = 2;

    private Typos() {
    }

    /** The nearest of {@code known} within reach of {@code written}, if any ("knid" is `kind`, not `id`). */
    public static Optional<String> nearest(Collection<String> known, String written) {
        return known.stream().filter(k -> close(k, written)).min(Comparator
                .comparingInt((String k) -> distance(k.toLowerCase(Locale.ROOT), written.toLowerCase(Locale.ROOT)))
                .thenComparing(k -> k));
    }

    /** Within two edits; very short words are left alone, as two edits can turn any into any other. */
    static boolean close(String intended, String written) {
        return written.length() > MAX_EDITS + 1
                && distance(intended.toLowerCase(Locale.ROOT), written.toLowerCase(Locale.ROOT)) <= MAX_EDITS;
    }

    /**
     * Edits between two words, a swap of neighbours counting as one ("knid" is one edit from
     * "kind", two from "id"): the optimal-string-alignment distance. Field names are short,
     * so the full table is fine.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
