package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.text.Span;
import com.followupcoach.scoring.tokens.TokenPattern;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Fills in a suggestion template for one match: {@code {name}} becomes the writer's own text of
 * that part of the token pattern (nothing when it did not take part), so a calmer wording can
 * keep the writer's own facts ("was delayed by {late}"). The first letter follows the
 * highlighted text: a capital at the start of a sentence, lower case inside one (the
 * pronoun "I" stays a capital).
 */
final class Suggestions {

    /** Compiled once: a suggestion is filled for each match, and a megabyte may hold a million. */
    private static final Pattern SPACES = Pattern.compile(" {2,8}");

    private Suggestions() {
    }

    /**
     * A token pattern's suggestion: {@code {name}} becomes the writer's own text of that part of
     * the match (as written: case and spelling kept), nothing when the part was left out.
     */
    static Optional<String> fillParts(Optional<String> template, TokenPattern pattern, Span[] parts, String original,
                                      String highlighted) {
        return fill(template, ref -> {
            int index = pattern.partIndex(ref);
            Span part = index < 0 ? null : parts[index]; // the parser checks names; a hand-built rubric may not
            return part == null ? "" : original.substring(part.start(), part.end());
        }, highlighted);
    }

    private static Optional<String> fill(Optional<String> template, Function<String, String> value,
                                         String highlighted) {
        if (template.isEmpty()) {
            return Optional.empty();
        }
        String t = template.get();
        if (t.indexOf('{') < 0) {
            return Optional.of(caseLike(t, highlighted));
        }
        // {name} found by hand, as REF would find it: a suggestion is filled for each match, and
        // a megabyte may hold hundreds of thousands ("{mark}" for each run of "!!!!!").
        StringBuilder out = new StringBuilder(t.length() + 32);
        int last = 0;
        for (int open = t.indexOf('{'); open >= 0; open = t.indexOf('{', open + 1)) {
            int close = open + 1;
            while (close < t.length() && close - open <= 30 && isNameChar(t.charAt(close))) {
                close++;
            }
            if (close == open + 1 || close >= t.length() || t.charAt(close) != '}') {
                continue;
            }
            out.append(t, last, open);
            out.append(value.apply(t.substring(open + 1, close)));
            last = close + 1;
            open = close;
        }
        out.append(t, last, t.length());
        String joined = out.toString();
        String filled = (joined.contains("  ") ? SPACES.matcher(joined).replaceAll(" ") : joined)
                .replace(" ,", ",").replace(" .", ".").trim();
        return Optional.of(caseLike(filled, highlighted));
    }

    /** A character of a part's name in {@code {name}}. */
    private static boolean isNameChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static String caseLike(String suggestion, String highlighted) {
        if (suggestion.isEmpty() || highlighted.isEmpty() || !Character.isLetter(highlighted.charAt(0))
                || !Character.isLetter(suggestion.charAt(0))) {
            return suggestion;
        }
        char first = suggestion.charAt(0);
        if (Character.isUpperCase(highlighted.charAt(0))) {
            return Character.toUpperCase(first) + suggestion.substring(1);
        }
        boolean pronounI = suggestion.startsWith("I ") || suggestion.startsWith("I'") || suggestion.equals("I");
        return pronounI ? suggestion : Character.toLowerCase(first) + suggestion.substring(1);
    }
}
