package com.followupcoach.vocabulary;

import java.util.Optional;

/**
 * One place in the letter worth the writer's attention.
 *
 * <p>A suggestion replaces the span as it stands. An empty suggestion ({@link #REMOVE}) means
 * "remove these words": it is offered for a whole sentence that no calmer wording can save,
 * and {@link TextEdit#of} also takes the space or line break beside it, so the letter reads
 * on cleanly.
 *
 * @param start      first character, inclusive, in UTF-16 units of the input
 * @param end        last character, exclusive
 * @param suggestion a replacement for the span, where one fits; {@link #REMOVE} to delete it
 */
public record Finding(int start, int end, Criterion criterion, Severity severity, String message,
                      Optional<String> suggestion) {

    /** The suggestion that deletes the span. */
    public static final String REMOVE = "";

    public Finding {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** True when the suggestion is to delete the span (a sentence best left out). */
    public boolean suggestsRemoval() {
        return suggestion.filter(String::isEmpty).isPresent();
    }
}
