package com.followupcoach.lessons;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds an annotation's quote in a letter. White space is matched loosely (any run of
 * spaces and line breaks matches any other) because a quote written on one YAML line often
 * spans a line break in the letter; every other character must match exactly.
 */
final class Quotes {

    private static final int SHORT = 60;

    private Quotes() {
    }

    /** Where a quote is in the letter: UTF-16 indexes, end exclusive. */
    record Span(int start, int end) {
    }

    /** Every place the quote occurs (not overlapping), in order. */
    static List<Span> find(String quote, String body) {
        String pattern = Arrays.stream(quote.strip().split("\\s+"))
                .map(Pattern::quote)
                .collect(Collectors.joining("\\s+"));
        Matcher matcher = Pattern.compile(pattern).matcher(body);
        List<Span> spans = new ArrayList<>();
        while (matcher.find()) {
            spans.add(new Span(matcher.start(), matcher.end()));
        }
        return spans;
    }

    static String shorten(String quote) {
        String oneLine = quote.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= SHORT ? oneLine : oneLine.substring(0, SHORT - 1) + "…";
    }
}
