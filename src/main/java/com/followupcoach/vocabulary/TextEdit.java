package com.followupcoach.vocabulary;

import java.util.Optional;

/**
 * The change a finding's suggestion makes to the text: characters {@code start..end} become
 * {@code replacement}. One place computes it, so the editor, the command line and the tests
 * that re-score applied suggestions change a letter the same way.
 */
public record TextEdit(int start, int end, String replacement) {

    public TextEdit {
        if (start < 0 || end < start || replacement == null) {
            throw new IllegalArgumentException("bad edit " + start + ".." + end);
        }
    }

    /**
     * The edit for a finding's suggestion in {@code text}, or empty when it has none or its
     * span lies beyond the text. A removal also takes the spaces after the words (or, at the
     * end of a line, the spaces before them); a sentence alone on its line takes the line
     * with it, and one blank line too when it stood alone between blank lines, so no double
     * space or empty paragraph is left behind.
     */
    public static Optional<TextEdit> of(Finding finding, String text) {
        if (finding.suggestion().isEmpty() || finding.end() > text.length()) {
            return Optional.empty();
        }
        if (!finding.suggestsRemoval()) {
            return Optional.of(new TextEdit(finding.start(), finding.end(), finding.suggestion().get()));
        }
        return Optional.of(removal(text, finding.start(), finding.end()));
    }

    public String applyTo(String text) {
        return text.substring(0, start) + replacement + text.substring(end);
    }

    private static TextEdit removal(String text, int start, int end) {
        int after = end;
        while (after < text.length() && isBlank(text.charAt(after))) {
            after++;
        }
        boolean lineEndsAfter = after == text.length() || isBreak(text.charAt(after));
        if (!lineEndsAfter) {
            return new TextEdit(start, after, ""); // more follows on the line: "A. [B. ]C."
        }
        int before = start;
        while (before > 0 && isBlank(text.charAt(before - 1))) {
            before--;
        }
        boolean lineStartsBefore = before == 0 || text.charAt(before - 1) == '\n';
        if (!lineStartsBefore) {
            return new TextEdit(before, after, ""); // the last sentence of its line: "A.[ B.]"
        }
        // The sentence is the whole line: the line goes, with its line break.
        int lineEnd = skipBreak(text, after);
        if (lineEnd == after) { // the last line of the text: take the break before it instead
            return new TextEdit(before > 0 ? before - 1 : before, after, "");
        }
        boolean blankAbove = before == 0 || isBlankLineEndingAt(text, before - 1);
        int nextLineEnd = lineEndOf(text, lineEnd);
        boolean blankBelow = nextLineEnd < text.length() && text.substring(lineEnd, nextLineEnd).isBlank();
        if (blankAbove && blankBelow) {
            lineEnd = skipBreak(text, nextLineEnd); // a paragraph of its own: one blank line goes too
        }
        return new TextEdit(before, lineEnd, "");
    }

    private static boolean isBlankLineEndingAt(String text, int newline) {
        int i = newline - 1;
        if (i >= 0 && text.charAt(i) == '\r') {
            i--;
        }
        while (i >= 0 && isBlank(text.charAt(i))) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private static int lineEndOf(String text, int from) {
        int i = from;
        while (i < text.length() && !isBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipBreak(String text, int at) {
        if (at < text.length() && text.charAt(at) == '\r') {
            at++;
        }
        return at < text.length() && text.charAt(at) == '\n' ? at + 1 : at;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0';
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
