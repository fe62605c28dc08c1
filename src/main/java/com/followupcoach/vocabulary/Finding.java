package com.followupcoach.vocabulary;

import java.util.Optional;

/**
 * One place in the letter worth the writer's attention.
 *
 * @param start      first character, inclusive, in UTF-16 units of the input
 * @param end        last character, exclusive
 * @param suggestion a replacement for the span, where one fits
 */
public record Finding(int start, int end, Criterion criterion, Severity severity, String message,
                      Optional<String> suggestion) {

    public Finding {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }
}
