package com.followupcoach.cli;

/**
 * A 1-based line and column for an offset, as editors show them: lines end at LF (so CRLF
 * files count right), columns count code points, so an emoji is one column.
 */
record TextPosition(int line, int column) {

    static TextPosition of(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, text.codePointCount(lineStart, end) + 1);
    }
}
