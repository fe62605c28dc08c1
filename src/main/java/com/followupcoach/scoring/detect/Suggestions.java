package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.text.Span;
import com.followupcoach.scoring.tokens.TokenPattern;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in a suggestion template for one match: {@code {name}} becomes the writer's own text of
 * that part of the token pattern (nothing when it did not take part), so a calmer wording can
 * keep the writer's own facts ("was delayed by {late}"). The first letter follows the
 * highlighted text: a capital at the start of a sentence, lower case inside one (the
 * pronoun "I" stays a capital).
 */
final class Suggestions {

    private static final Pattern REF = Pattern.compile("\\{([A-Za-z0-9]{1,30})\\}");
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
        StringBuilder out = new StringBuilder(t.length() + 32);
        Matcher refs = REF.matcher(t);
        int last = 0;
        while (refs.find()) {
            out.append(t, last, refs.start());
            out.append(value.apply(refs.group(1)));
            last = refs.end();
        }
        out.append(t, last, t.length());
        String filled = SPACES.matcher(out).replaceAll(" ").replace(" ,", ",").replace(" .", ".").trim();
        return Optional.of(caseLike(filled, highlighted));
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
