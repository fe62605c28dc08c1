package com.followupcoach.scoring.text;

import java.util.Arrays;

/**
 * Cuts normalised text into tokens in one pass (so in time linear in its length, whatever
 * its shape): a word is letters and digits with inner apostrophes and hyphens ("don't",
 * "e-mail", "3rd"); an e-mail address or a web address is one token; every other character
 * that is not a space is a token of its own ("!!!" is three).
 */
final class TokenScanner {

    /** Opening marks that may stand before an address ("(jo@example.com)"). */
    private static final String LEADING = "\"'([<{";
    /** Marks that may follow an address without being part of it ("jo@example.com." ). */
    private static final String TRAILING = "\"')]}>.,;:!?";

    private final String text;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int count;

    private TokenScanner(String text) {
        this.text = text;
    }

    /** Token boundaries: {@code [starts, ends]}, each as long as the number of tokens. */
    static int[][] scan(String text) {
        TokenScanner scanner = new TokenScanner(text);
        scanner.run();
        return new int[][] {Arrays.copyOf(scanner.starts, scanner.count), Arrays.copyOf(scanner.ends, scanner.count)};
    }

    private void run() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            chunk(i, end);
            i = end;
        }
    }

    /** A run of non-space characters: an address with its surrounding marks, or words and marks. */
    private void chunk(int from, int to) {
        int s = from;
        while (s < to && LEADING.indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        int e = to;
        while (e > s && TRAILING.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e > s && isAddress(s, e)) {
            marks(from, s);
            add(s, e);
            marks(e, to);
        } else {
            words(from, to);
        }
    }

    private void marks(int from, int to) {
        for (int i = from; i < to; i++) {
            add(i, i + 1);
        }
    }

    private void words(int from, int to) {
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            int start = i;
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                while (i < to) {
                    int c = text.codePointAt(i);
                    if (Character.isLetterOrDigit(c) || isMark(c)) {
                        i += Character.charCount(c);
                    } else if ((c == '\'' || c == '-') && i + 1 < to && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
            }
            add(start, i);
        }
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private boolean isAddress(int from, int to) {
        int at = -1;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        return at >= 0 ? isEmail(from, at, to) : isWebAddress(from, to);
    }

    private boolean isEmail(int from, int at, int to) {
        if (at == from || text.charAt(from) == '.' || at + 1 >= to) {
            return false;
        }
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && "._%+-".indexOf(c) < 0) {
                return false;
            }
        }
        int lastDot = -1;
        for (int i = at + 1; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (i == at + 1 || i == lastDot + 1) {
                    return false; // an empty label: "jo@.com", "jo@x..com"
                }
                lastDot = i;
            } else if (!Character.isLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return lastDot > 0 && to - lastDot > 2 && Character.isLetter(text.charAt(to - 1));
    }

    private boolean isWebAddress(int from, int to) {
        char first = Character.toLowerCase(text.charAt(from));
        if (first != 'h' && first != 'w') {
            return false; // neither a scheme nor "www.": most chunks, answered at their first letter
        }
        for (String scheme : new String[] {"https://", "http://"}) {
            if (text.regionMatches(true, from, scheme, 0, scheme.length())) {
                return to - from > scheme.length();
            }
        }
        if (!text.regionMatches(true, from, "www.", 0, 4)) {
            return false;
        }
        for (int i = from + 5; i < to - 1; i++) {
            if (text.charAt(i) == '.') {
                return true; // "www.example.com": a name, a dot and more
            }
        }
        return false;
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }
}
