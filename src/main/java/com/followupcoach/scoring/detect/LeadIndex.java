package com.followupcoach.scoring.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where every pattern's literal leads occur in one pass over the lower-cased letter,
 * instead of one {@code indexOf} scan per lead (hundreds of leads made that the main cost).
 * Distinct leads are bucketed by their first two characters (ASCII), one-character leads by
 * their character; at each position only that bucket is compared. Leads of patterns that
 * can only match at the start of a word ({@link CompiledPattern#wordStart()}) are kept in a
 * table of their own that is consulted only where a word starts, so "i" is not a candidate
 * in "within". The cost is linear in the text plus the candidates found.
 */
final class LeadIndex {

    private static final int ASCII = 128;
    private static final int[] NONE = new int[0];

    /** Leads bucketed for lookup, with the patterns that own each lead. */
    private static final class Table {
        final String[][] byPair = new String[ASCII * ASCII][];
        final int[][][] pairOwners = new int[ASCII * ASCII][][];
        /** per bucket, each lead's third character (0 for a two-character lead): a cheap first test */
        final char[][] thirds = new char[ASCII * ASCII][];
        final int[][] singleOwners = new int[ASCII][];
        /** one bit per two-character key that has a bucket: a small table that stays in cache */
        final long[] pairBits = new long[ASCII * ASCII / 64];
        /** whether any lead starts with this character */
        final boolean[] first = new boolean[ASCII];
        boolean empty = true;
    }

    private final Table anywhere = new Table();
    private final Table atWordStart = new Table();
    private final int patternCount;

    LeadIndex(List<CompiledPattern> patterns) {
        this.patternCount = patterns.size();
        Map<String, List<Integer>> anywhereOwners = new LinkedHashMap<>();
        Map<String, List<Integer>> wordOwners = new LinkedHashMap<>();
        for (int p = 0; p < patterns.size(); p++) {
            String[] ls = patterns.get(p).leads();
            if (ls == null) {
                continue;
            }
            Map<String, List<Integer>> owners = patterns.get(p).wordStart() ? wordOwners : anywhereOwners;
            for (String lead : ls) {
                if (lead.isEmpty() || lead.chars().anyMatch(c -> c >= ASCII)) {
                    throw new IllegalArgumentException("leads must be non-empty ASCII: " + lead);
                }
                List<Integer> list = owners.computeIfAbsent(lead, k -> new ArrayList<>());
                if (!list.contains(p)) {
                    list.add(p);
                }
            }
        }
        fill(anywhere, anywhereOwners);
        fill(atWordStart, wordOwners);
    }

    private static void fill(Table table, Map<String, List<Integer>> owners) {
        Map<Integer, List<String>> pairs = new LinkedHashMap<>();
        for (var e : owners.entrySet()) {
            String lead = e.getKey();
            table.empty = false;
            table.first[lead.charAt(0)] = true;
            int[] who = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            if (lead.length() == 1) {
                table.singleOwners[lead.charAt(0)] = who;
            } else {
                pairs.computeIfAbsent(lead.charAt(0) * ASCII + lead.charAt(1), k -> new ArrayList<>()).add(lead);
            }
        }
        for (var e : pairs.entrySet()) {
            // sorted by third character (two-character leads first), so a position compares only
            // the leads whose third character is the text's: "i " alone starts dozens of leads
            e.getValue().sort(java.util.Comparator.comparingInt(lead -> lead.length() > 2 ? lead.charAt(2) : 0));
            table.pairBits[e.getKey() >>> 6] |= 1L << (e.getKey() & 63);
            table.byPair[e.getKey()] = e.getValue().toArray(String[]::new);
            char[] third = new char[e.getValue().size()];
            for (int k = 0; k < third.length; k++) {
                String lead = e.getValue().get(k);
                third[k] = lead.length() > 2 ? lead.charAt(2) : 0;
            }
            table.thirds[e.getKey()] = third;
            table.pairOwners[e.getKey()] = e.getValue().stream()
                    .map(lead -> owners.get(lead).stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        }
    }

    /** For each pattern, the ascending positions where one of its leads starts. */
    int[][] candidates(String lower) {
        int[][] found = new int[patternCount][];
        int[] counts = new int[patternCount];
        int n = lower.length();
        boolean prevWord = false;
        for (int i = 0; i < n; i++) {
            char c = lower.charAt(i);
            boolean wordStarts = !prevWord;
            prevWord = isWord(c);
            if (c >= ASCII) {
                continue;
            }
            if (wordStarts && atWordStart.first[c]) {
                scan(atWordStart, lower, i, c, found, counts);
            }
            if (anywhere.first[c]) {
                scan(anywhere, lower, i, c, found, counts);
            }
        }
        for (int p = 0; p < patternCount; p++) {
            found[p] = found[p] == null ? NONE : Arrays.copyOf(found[p], counts[p]);
        }
        return found;
    }

    /** As {@code \b} sees it: a letter, a digit or an underscore. */
    static boolean isWord(char c) {
        if (c < ASCII) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '_';
        }
        return Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK;
    }

    private static void scan(Table t, String lower, int i, char c, int[][] found, int[] counts) {
        if (t.empty) {
            return;
        }
        if (t.singleOwners[c] != null) {
            for (int p : t.singleOwners[c]) {
                add(found, counts, p, i);
            }
        }
        if (i + 1 < lower.length() && lower.charAt(i + 1) < ASCII) {
            int key = c * ASCII + lower.charAt(i + 1);
            if ((t.pairBits[key >>> 6] & (1L << (key & 63))) != 0) {
                String[] bucket = t.byPair[key];
                char[] third = t.thirds[key];
                char next = i + 2 < lower.length() ? lower.charAt(i + 2) : 0;
                int k = 0;
                for (; k < bucket.length && third[k] == 0; k++) {
                    addOwners(t.pairOwners[key][k], found, counts, i);
                }
                if (next != 0) {
                    for (k = firstWithThird(third, k, next); k < bucket.length && third[k] == next; k++) {
                        if (lower.startsWith(bucket[k], i)) {
                            addOwners(t.pairOwners[key][k], found, counts, i);
                        }
                    }
                }
            }
        }
    }

    /** The first index from {@code from} whose third character is {@code c} or more (the thirds are sorted). */
    private static int firstWithThird(char[] third, int from, char c) {
        int lo = from;
        int hi = third.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (third[mid] < c) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void addOwners(int[] owners, int[][] found, int[] counts, int at) {
        for (int p : owners) {
            add(found, counts, p, at);
        }
    }

    private static void add(int[][] found, int[] counts, int p, int at) {
        if (found[p] == null) {
            found[p] = new int[8];
        } else if (counts[p] > 0 && found[p][counts[p] - 1] == at) {
            return; // two leads of one pattern at the same place
        } else if (counts[p] == found[p].length) {
            found[p] = Arrays.copyOf(found[p], counts[p] * 2);
        }
        found[p][counts[p]++] = at;
    }
}
