package com.followupcoach.scoring.text;

/**
 * Makes the copy of a letter that rules are matched against. Every replacement is one
 * UTF-16 unit for one, so an offset in the copy is the same offset in the original and
 * spans need no mapping back. Curly quotes and dashes become their ASCII forms (so a rule
 * writes {@code '} once, not {@code ['’]}); CR line ends and control characters (NUL,
 * binary junk) become plain whitespace.
 */
public final class Normalizer {

    private Normalizer() {
    }

    public static String normalize(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = map(out[i], i + 1 < out.length ? out[i + 1] : 0);
        }
        return new String(out);
    }

    /** Lower case unit by unit; {@link String#toLowerCase} may change the length. */
    public static String lowerCase(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(out[i]);
        }
        return new String(out);
    }

    private static char map(char c, char next) {
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u02BC', '\u2032', '`':
                return '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033':
                return '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
                return '-';
            case '\u00A0', '\u2007', '\u202F', '\t', '\u000B', '\u000C':
                return ' ';
            case '\u2028', '\u2029', '\u0085':
                return '\n';
            case '\r':
                // CRLF: the LF carries the line end; a lone CR (old Mac files) is one itself
                return next == '\n' ? ' ' : '\n';
            default:
                if (c < 0x20 && c != '\n') {
                    return ' ';
                }
                return c;
        }
    }
}
