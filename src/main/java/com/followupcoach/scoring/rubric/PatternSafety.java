package com.followupcoach.scoring.rubric;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Refuses regular expressions that could make matching slow on long input. Unbounded
 * repeats ({@code * + {n,}}) are not allowed: a rule says how far it looks ({@code {0,40}}),
 * which also keeps it inside a sentence or two. Repeats inside repeated groups are allowed
 * only while the product of their bounds stays small, because an ambiguous nested repeat
 * costs that product at every position of the text.
 */
final class PatternSafety {

    static final int MAX_REPEAT = 200;
    static final int MAX_NESTED_PRODUCT = 2_000;

    private PatternSafety() {
    }

    /** Empty when the pattern is safe, else why not. */
    static Optional<String> check(String regex) {
        Deque<int[]> frames = new ArrayDeque<>(); // each frame: {largest repeat product inside}
        frames.push(new int[] {1});
        int lastAtomInner = 1; // product inside the atom just read (1 for a plain atom)
        boolean haveAtom = false;
        int i = 0;
        int n = regex.length();
        while (i < n) {
            char c = regex.charAt(i);
            switch (c) {
                case '\\' -> {
                    i = skipEscape(regex, i);
                    lastAtomInner = 1;
                    haveAtom = true;
                    continue;
                }
                case '[' -> {
                    i = skipClass(regex, i);
                    lastAtomInner = 1;
                    haveAtom = true;
                    continue;
                }
                case '(' -> {
                    frames.push(new int[] {1});
                    i = skipGroupPrefix(regex, i + 1);
                    haveAtom = false;
                    continue;
                }
                case ')' -> {
                    if (frames.size() == 1) {
                        return Optional.empty(); // unbalanced: Pattern.compile reports it
                    }
                    lastAtomInner = frames.pop()[0];
                    frames.peek()[0] = Math.max(frames.peek()[0], lastAtomInner);
                    haveAtom = true;
                    i++;
                    continue;
                }
                case '*', '+' -> {
                    return Optional.of("unbounded repeat '" + c + "' at position " + i
                            + "; use a bounded one such as {0,40} so matching stays fast on long text");
                }
                case '?', '{' -> {
                    int max;
                    int next;
                    if (c == '?') {
                        max = 1;
                        next = i + 1;
                    } else {
                        int close = regex.indexOf('}', i);
                        if (close < 0) {
                            return Optional.empty();
                        }
                        String body = regex.substring(i + 1, close);
                        int comma = body.indexOf(',');
                        String upper = comma < 0 ? body : body.substring(comma + 1);
                        if (upper.isBlank()) {
                            return Optional.of("unbounded repeat '{" + body + "}' at position " + i
                                    + "; give an upper bound such as {" + body + "40}");
                        }
                        try {
                            max = Integer.parseInt(upper.trim());
                        } catch (NumberFormatException e) {
                            return Optional.empty();
                        }
                        if (max > MAX_REPEAT) {
                            return Optional.of("repeat bound " + max + " at position " + i + " is above " + MAX_REPEAT);
                        }
                        next = close + 1;
                    }
                    if (next < n && (regex.charAt(next) == '?' || regex.charAt(next) == '+')) {
                        next++; // lazy or possessive modifier, not another repeat
                    }
                    if (haveAtom) {
                        long product = (long) lastAtomInner * max;
                        if (lastAtomInner > 1 && max > 1 && product > MAX_NESTED_PRODUCT) {
                            return Optional.of("nested repeats at position " + i + " could take " + product
                                    + " steps at every position; simplify the group");
                        }
                        frames.peek()[0] = (int) Math.max(frames.peek()[0], product);
                    }
                    haveAtom = false;
                    i = next;
                    continue;
                }
                default -> {
                    lastAtomInner = 1;
                    haveAtom = c != '|' && c != '^' && c != '$';
                    i++;
                }
            }
        }
        return Optional.empty();
    }

    private static int skipEscape(String regex, int i) {
        if (i + 1 >= regex.length()) {
            return regex.length();
        }
        char e = regex.charAt(i + 1);
        if (e == 'Q') {
            int end = regex.indexOf("\\E", i + 2);
            return end < 0 ? regex.length() : end + 2;
        }
        if ((e == 'p' || e == 'P' || e == 'k' || e == 'x') && i + 2 < regex.length()
                && (regex.charAt(i + 2) == '{' || regex.charAt(i + 2) == '<')) {
            int end = regex.indexOf(regex.charAt(i + 2) == '{' ? '}' : '>', i + 2);
            return end < 0 ? regex.length() : end + 1;
        }
        return i + 2;
    }

    private static int skipClass(String regex, int i) {
        int depth = 0;
        int j = i;
        int n = regex.length();
        while (j < n) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                j++;
                if (j < n && regex.charAt(j) == '^') {
                    j++;
                }
                if (j < n && regex.charAt(j) == ']') {
                    j++; // a ']' first in a class is literal
                }
                continue;
            }
            if (c == ']') {
                depth--;
                j++;
                if (depth == 0) {
                    return j;
                }
                continue;
            }
            j++;
        }
        return n;
    }

    private static int skipGroupPrefix(String regex, int i) {
        if (i >= regex.length() || regex.charAt(i) != '?') {
            return i;
        }
        int j = i + 1;
        if (j < regex.length() && regex.charAt(j) == '<' && j + 1 < regex.length()
                && Character.isLetter(regex.charAt(j + 1))) {
            int end = regex.indexOf('>', j);
            return end < 0 ? regex.length() : end + 1; // named group
        }
        while (j < regex.length() && "<=!:".indexOf(regex.charAt(j)) < 0 && regex.charAt(j) != ')') {
            j++; // inline flags such as (?i) or (?-i:
        }
        if (j < regex.length() && regex.charAt(j) == '<') {
            j++; // look-behind: (?<= or (?<!
        }
        if (j < regex.length() && "=!:".indexOf(regex.charAt(j)) >= 0) {
            j++;
        }
        return j;
    }
}
