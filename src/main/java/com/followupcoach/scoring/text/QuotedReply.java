package com.followupcoach.scoring.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The e-mail a letter answers, when the writer pasted their reply above it as mail clients
 * do: "On Mon, 3 Nov … wrote:" and the quoted lines below it, an Outlook header block
 * ("From: … Sent: … Subject: …"), an "Original Message" or "Forwarded message" rule, or
 * lines starting with {@code >}. That text is the employer's (often the rejection itself,
 * with "unfortunately" and "not to proceed" in it), so no criterion may be met or missed
 * by it. It is blanked, not cut: the copy keeps every offset, so spans still point into
 * what the writer sees.
 */
public final class QuotedReply {

    /** Words of the writer's own that must come before a header for it to start a quoted thread. */
    static final int MIN_WORDS_BEFORE = 5;

    /** "On Mon, 3 Nov 2025 at 10:12, Sarah Jones <sarah@x> wrote:", which clients may wrap over two lines. */
    private static final Pattern ON_WROTE = Pattern.compile(
            "(?im)^[ \\t]*on [^\\n]{4,200}?(?:\\n[^\\n]{0,120}?)?\\bwrote:[ \\t]*$");

    /** The rules clients draw above a quoted or forwarded message. */
    private static final Pattern RULE = Pattern.compile(
            "(?im)^[ \\t]*-{2,}[ \\t]*(?:original message|forwarded message|begin forwarded message)[ \\t]*-*[ \\t]*$"
                    + "|^[ \\t]*begin forwarded message:[ \\t]*$");

    /** Outlook's header: a "From:" line with "Sent:" or "Date:" and "To:" or "Subject:" within the next lines. */
    private static final Pattern HEADER = Pattern.compile(
            "(?im)^[ \\t]*(?:_{5,}[ \\t]*\\n[ \\t]*)?from:[^\\n]*\\n(?:[^\\n]*\\n){0,3}?[ \\t]*(?:sent|date):[^\\n]*\\n"
                    + "(?:[^\\n]*\\n){0,3}?[ \\t]*(?:to|subject|cc):");

    /** A quoted line, as clients mark them: one or more {@code >} at its start. */
    private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^[ \\t]*>[^\\n]*");

    static final Pattern[] HEADERS = {ON_WROTE, RULE, HEADER};
    /** A word each header holds (each of RULE's alternatives holds "message"), lower case. */
    static final String[] HEADER_WORDS = {"wrote:", "message", "from:"};

    private QuotedReply() {
    }

    /**
     * Whether the text holds the word, ASCII letters in either case: wherever a header's
     * pattern (case-insensitive, ASCII only) matches, this finds its word, so a text without
     * it need not be searched. One plain pass, much cheaper than the pattern's try at every
     * offset.
     */
    static boolean containsIgnoringCase(String text, String lowerWord) {
        char first = lowerWord.charAt(0);
        for (int i = 0, last = text.length() - lowerWord.length(); i <= last; i++) {
            if ((text.charAt(i) | 0x20) == first && text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with the quoted thread, if any, replaced by spaces (line ends kept). A header
     * counts only below some words of the writer's own, so a memo that starts "From: … To: …
     * Subject: …" keeps its letter.
     */
    public static String blank(String norm) {
        int threadStart = threadStart(norm);
        char[] out = null;
        if (threadStart < norm.length()) {
            out = norm.toCharArray();
            blank(out, threadStart, norm.length());
        }
        Matcher quoted = QUOTED_LINE.matcher(norm);
        boolean anyQuoteMark = norm.indexOf('>') >= 0; // without one, no line is searched
        while (anyQuoteMark && quoted.find() && quoted.start() < threadStart) {
            if (out == null) {
                out = norm.toCharArray();
            }
            blank(out, quoted.start(), quoted.end());
        }
        return out == null ? norm : new String(out);
    }

    /** Where the quoted thread starts: the first header below the writer's own words, else the end. */
    static int threadStart(String norm) {
        int ownWords = startOfWord(norm, MIN_WORDS_BEFORE);
        int start = norm.length();
        for (int h = 0; h < HEADERS.length; h++) {
            if (!containsIgnoringCase(norm, HEADER_WORDS[h])) {
                continue; // a megabyte without the word is not searched line by line
            }
            Matcher m = HEADERS[h].matcher(norm);
            while (m.find() && m.start() < start) {
                if (m.start() > ownWords) {
                    start = m.start();
                    break;
                }
            }
        }
        return start;
    }

    /** Where the {@code n}th word of the text begins, or the text's length if it has fewer. */
    private static int startOfWord(String text, int n) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord && ++words == n) {
                return i;
            }
            inWord = letter;
        }
        return text.length();
    }

    private static void blank(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] != '\n') {
                text[i] = ' ';
            }
        }
    }
}
