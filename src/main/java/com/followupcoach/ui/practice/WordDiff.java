package com.followupcoach.ui.practice;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks what changed between two versions of a letter, word by word. Spaces and line
 * breaks are tokens too, so each side can be drawn back exactly as it was written.
 */
final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    enum Kind { SAME, DELETED, INSERTED }

    /** A run of text on one side of the comparison. */
    record Piece(Kind kind, String text) {
    }

    /** The older text with its deletions marked, and the newer one with its insertions. */
    record Sides(List<Piece> before, List<Piece> after) {
    }

    private WordDiff() {
    }

    static Sides between(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        Patch<String> patch = DiffUtils.diff(old, now);
        List<Piece> left = new ArrayList<>();
        List<Piece> right = new ArrayList<>();
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int oldStart = delta.getSource().getPosition();
            int newStart = delta.getTarget().getPosition();
            add(left, Kind.SAME, old.subList(oldAt, oldStart));
            add(right, Kind.SAME, now.subList(newAt, newStart));
            add(left, Kind.DELETED, delta.getSource().getLines());
            add(right, Kind.INSERTED, delta.getTarget().getLines());
            oldAt = oldStart + delta.getSource().size();
            newAt = newStart + delta.getTarget().size();
        }
        add(left, Kind.SAME, old.subList(oldAt, old.size()));
        add(right, Kind.SAME, now.subList(newAt, now.size()));
        return new Sides(List.copyOf(left), List.copyOf(right));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Joins tokens into one piece; a change that is only white space reads as unchanged. */
    private static void add(List<Piece> pieces, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        Kind shown = text.isBlank() ? Kind.SAME : kind;
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).kind() == shown) {
            Piece last = pieces.remove(pieces.size() - 1);
            pieces.add(new Piece(shown, last.text() + text));
        } else {
            pieces.add(new Piece(shown, text));
        }
    }
}
