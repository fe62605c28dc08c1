package com.followupcoach.scoring.rubric;

import com.followupcoach.scoring.text.Span;
import java.util.Optional;

/**
 * A rule example with the expected match marked: {@code "Please [[reconsider]] my application."}.
 * The mark is the first {@code [[} and the last {@code ]]}, so a marked placeholder
 * reads {@code "Dear [[[Company Name]]],"}.
 *
 * @param text the example without the marks
 * @param span where the marked part is in {@code text}
 */
public record MarkedExample(String text, Span span) {

    public static Optional<MarkedExample> parse(String marked) {
        int open = marked.indexOf("[[");
        int close = marked.lastIndexOf("]]");
        if (open < 0 || close < open + 2) {
            return Optional.empty();
        }
        String text = marked.substring(0, open) + marked.substring(open + 2, close) + marked.substring(close + 2);
        return Optional.of(new MarkedExample(text, new Span(open, close - 2)));
    }
}
