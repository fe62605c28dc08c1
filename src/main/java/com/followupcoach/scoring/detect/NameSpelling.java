package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks that a name from the scenario (company, role, interviewer) appears in the letter
 * spelled as the scenario spells it, and finds near misses ("Harmon & Reece" for
 * "Harmon & Reese", "Ms Thorton" for "Ms Thornton") by edit distance over runs of words of
 * the same length as the name.
 */
public final class NameSpelling {

    private NameSpelling() {
    }

    public static boolean present(LetterText text, String name, Span within) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        int at = text.lower().indexOf(n, within.start());
        return !n.isEmpty() && at >= 0 && at + n.length() <= within.end();
    }

    /** Spans in {@code within} that are probably the name misspelled. */
    public static List<Span> nearMisses(LetterText text, String name, Span within) {
        List<Span> out = new ArrayList<>();
        String target = name.trim().toLowerCase(Locale.ROOT);
        int size = com.followupcoach.scoring.text.Words.of(target, 0, target.length()).size();
        if (size == 0 || target.length() < 3) {
            return out;
        }
        int allowed = target.length() <= 6 ? 1 : 2;
        List<Span> words = text.words();
        int first = text.wordIndexFrom(within.start());
        for (int i = first; i + size <= words.size(); i++) {
            Span candidate = new Span(words.get(i).start(), words.get(i + size - 1).end());
            if (candidate.end() > within.end()) {
                break;
            }
            if (Math.abs(candidate.length() - target.length()) > allowed
                    || !Character.isUpperCase(text.norm().charAt(candidate.start()))) {
                continue;
            }
            String seen = text.lower().substring(candidate.start(), candidate.end());
            int d = distance(seen, target, allowed);
            if (d > 0 && d <= allowed) {
                out.add(candidate);
            }
        }
        return out;
    }

    /** Levenshtein distance, stopping early once it must exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
