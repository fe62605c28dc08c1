package com.followupcoach.scoring.rubric;

import com.followupcoach.scoring.text.Span;
import java.util.Optional;

/**
 * A rule example with the expected match marked: {@code "Please [[reconsider]] my application."}.
 * The mark is the first {@code [[} and the last {@code ]]}, so a marked placeholder
 * reads {@code "Dear [[[Company Name]]],"}.
 *
 * An example may end with {@code " => suggestion"}: the suggestion the match must offer
 * ({@code "[[I am owed]] an answer. => I would be grateful for"}).
 *
 * @param text       the example without the marks
 * @param span       where the marked part is in {@code text}
 * @param suggestion the expected suggestion, when the example gives one
 */
public record MarkedExample(String text, Span span, Optional<String> suggestion) {

    /** Separates an example from the suggestion it must produce. */
    public static final String SUGGESTS = " => ";

    public static Optional<MarkedExample> parse(String example) {
        int arrow = example.lastIndexOf(SUGGESTS);
        String marked = arrow < 0 ? example : example.substring(0, arrow);
        Optional<String> suggestion = arrow < 0 ? Optional.empty()
                : Optional.of(example.substring(arrow + SUGGESTS.length()));
        int open = marked.indexOf("[[");
        int close = marked.lastIndexOf("]]");
        if (open < 0 || close < open + 2) {
            return Optional.empty();
        }
        String text = marked.substring(0, open) + marked.substring(open + 2, close) + marked.substring(close + 2);
        return Optional.of(new MarkedExample(text, new Span(open, close - 2), suggestion));
    }
}
