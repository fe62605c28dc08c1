package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds e-mail addresses and phone numbers by scanning, not by regex: the obvious regexes
 * for both take quadratic time on long runs of letters or digits. Each character is looked
 * at a bounded number of times, so the cost is linear in the text.
 */
public final class ContactFinder {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 255;

    private ContactFinder() {
    }

    public static List<Span> emails(String text) {
        List<Span> out = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = text.indexOf('@', from)) >= 0) {
            int start = at;
            while (start > 0 && at - start < MAX_LOCAL && isLocal(text.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            while (end < text.length() && end - at < MAX_DOMAIN && isDomain(text.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--; // the full stop after an address ends the sentence
            }
            int lastDot = -1;
            for (int i = end - 1; i > at; i--) { // bounded by the domain, never the whole text
                if (text.charAt(i) == '.') {
                    lastDot = i;
                    break;
                }
            }
            if (start < at && lastDot > at + 1 && lastDot < end - 2 && letters(text, lastDot + 1, end)) {
                out.add(new Span(start, end));
            }
            from = Math.max(at + 1, end);
        }
        return out;
    }

    /**
     * Phone numbers: runs of digits and the usual separators holding 10 to 15 digits, or 7 to
     * 15 when a word such as "phone", "mobile" or "call" stands just before them.
     */
    public static List<Span> phones(String text, String lower) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!(isDigit(c) || c == '+' || c == '(')) {
                i++;
                continue;
            }
            if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
                i = skipRun(text, i);
                continue; // part of a word, a reference or a decimal
            }
            int start = i;
            int digits = 0;
            int lastDigit = i;
            while (i < n && isPhoneChar(text.charAt(i)) && i - start < 40) {
                if (isDigit(text.charAt(i))) {
                    digits++;
                    lastDigit = i;
                }
                i++;
            }
            boolean glued = i < n && Character.isLetter(text.charAt(i)) && lastDigit == i - 1;
            if (!glued && (digits >= 10 && digits <= 15 || digits >= 7 && digits <= 15 && cue(lower, start))) {
                out.add(new Span(start, lastDigit + 1));
            }
            if (i == start) {
                i++;
            }
        }
        return out;
    }

    /** Past the rest of a word; always moves forward, so the scan cannot stall ("a+", "x(1"). */
    private static int skipRun(String text, int i) {
        int j = i + 1;
        while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean cue(String lower, int start) {
        String before = lower.substring(Math.max(0, start - 24), start);
        for (String word : new String[] {"phone", "mobile", "tel", "call", "text", "cell", "number", "m:", "t:",
                "ring", "reach me", "| "}) {
            if (before.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean letters(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPhoneChar(char c) {
        return isDigit(c) || c == ' ' || c == '-' || c == '(' || c == ')' || c == '+' || c == '.';
    }

    private static boolean isLocal(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0);
    }

    private static boolean isDomain(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
    }
}
