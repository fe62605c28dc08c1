package com.followupcoach.cli;

import java.util.Arrays;

/**
 * A 1-based line and column for an offset, as editors show them: lines end at LF (so CRLF
 * files count right), columns count code points, so an emoji is one column.
 */
record TextPosition(int line, int column) {

    /**
     * Positions of many offsets in one text. The text is read once: a report of a megabyte
     * with half a million findings must not walk the text again for each of them, and a
     * column on a line of a megabyte is found without counting the line's code points.
     */
    static final class Index {

        private final int[] lineStarts;
        private final int[] lowSurrogates;
        private final int length;

        Index(String text) {
            int[] starts = new int[16];
            int[] lows = new int[0];
            int lines = 1;
            int lowCount = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    if (lines == starts.length) {
                        starts = Arrays.copyOf(starts, lines * 2);
                    }
                    starts[lines++] = i + 1;
                } else if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                    if (lowCount == lows.length) {
                        lows = Arrays.copyOf(lows, Math.max(16, lowCount * 2));
                    }
                    lows[lowCount++] = i;
                }
            }
            this.lineStarts = Arrays.copyOf(starts, lines);
            this.lowSurrogates = Arrays.copyOf(lows, lowCount);
            this.length = text.length();
        }

        TextPosition of(int offset) {
            int end = Math.min(Math.max(offset, 0), length);
            int line = insertionPoint(lineStarts, end + 1) - 1;
            int lineStart = lineStarts[line];
            // The second half of a surrogate pair adds no column.
            int pairs = insertionPoint(lowSurrogates, end) - insertionPoint(lowSurrogates, lineStart);
            return new TextPosition(line + 1, end - lineStart - pairs + 1);
        }

        /** How many values are below {@code key}. */
        private static int insertionPoint(int[] sorted, int key) {
            int found = Arrays.binarySearch(sorted, key);
            return found >= 0 ? found : -found - 1;
        }
    }
}
