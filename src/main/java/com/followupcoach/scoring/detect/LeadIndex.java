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
 * their character; at each position only that bucket is compared. The cost is linear in the
 * text plus the candidates found.
 */
final class LeadIndex {

    private static final int ASCII = 128;

    private final String[][] byPair = new String[ASCII * ASCII][];
    private final int[][][] pairOwners = new int[ASCII * ASCII][][];
    private final int[][] singleOwners = new int[ASCII][];
    private final int patternCount;

    LeadIndex(List<String[]> leadsByPattern) {
        this.patternCount = leadsByPattern.size();
        Map<String, List<Integer>> owners = new LinkedHashMap<>();
        for (int p = 0; p < leadsByPattern.size(); p++) {
            String[] ls = leadsByPattern.get(p);
            if (ls != null) {
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
        }
        Map<Integer, List<String>> pairs = new LinkedHashMap<>();
        for (var e : owners.entrySet()) {
            String lead = e.getKey();
            int[] who = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            if (lead.length() == 1) {
                singleOwners[lead.charAt(0)] = who;
            } else {
                pairs.computeIfAbsent(lead.charAt(0) * ASCII + lead.charAt(1), k -> new ArrayList<>()).add(lead);
            }
        }
        for (var e : pairs.entrySet()) {
            byPair[e.getKey()] = e.getValue().toArray(String[]::new);
            pairOwners[e.getKey()] = e.getValue().stream()
                    .map(lead -> owners.get(lead).stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        }
    }

    /** For each pattern, the ascending positions where one of its leads starts. */
    int[][] candidates(String lower) {
        int[][] found = new int[patternCount][];
        int[] counts = new int[patternCount];
        int n = lower.length();
        for (int i = 0; i < n; i++) {
            char c = lower.charAt(i);
            if (c >= ASCII) {
                continue;
            }
            if (singleOwners[c] != null) {
                for (int p : singleOwners[c]) {
                    add(found, counts, p, i);
                }
            }
            if (i + 1 < n && lower.charAt(i + 1) < ASCII) {
                int key = c * ASCII + lower.charAt(i + 1);
                String[] bucket = byPair[key];
                if (bucket != null) {
                    for (int k = 0; k < bucket.length; k++) {
                        if (lower.startsWith(bucket[k], i)) {
                            for (int p : pairOwners[key][k]) {
                                add(found, counts, p, i);
                            }
                        }
                    }
                }
            }
        }
        for (int p = 0; p < patternCount; p++) {
            found[p] = found[p] == null ? new int[0] : Arrays.copyOf(found[p], counts[p]);
        }
        return found;
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
