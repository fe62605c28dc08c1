package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Spacing slips, which are about characters rather than language, so token patterns cannot
 * see them (tokens drop the spaces between them): two to eight spaces in a row between two
 * characters, and one space between a word and the comma, full stop, semicolon, question or
 * exclamation mark that follows it. Each check runs when the rubric's {@code mechanics}
 * criterion has its message ({@code double_space}, {@code space_before_punctuation}), so a
 * trainer words or drops it there. One pass over the letter, no backtracking.
 */
public final class Typography {

    /** The longest run of spaces taken for a slip; a longer one is deliberate layout. */
    private static final int MAX_RUN = 8;
    private static final String CLOSING_MARKS = ",.;!?";

    private final Optional<String> doubleSpace;
    private final Optional<String> spaceBeforeMark;

    /**
     * @param doubleSpace     the message for a double space, or empty to skip the check
     * @param spaceBeforeMark the message for a space before a mark, or empty to skip it
     */
    public Typography(Optional<String> doubleSpace, Optional<String> spaceBeforeMark) {
        this.doubleSpace = doubleSpace;
        this.spaceBeforeMark = spaceBeforeMark;
    }

    public void check(LetterText text, List<Finding> out) {
        String s = text.norm();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) != ' ') {
                i++;
                continue;
            }
            int from = i;
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            boolean between = from > 0 && !Character.isWhitespace(s.charAt(from - 1)) && i < s.length()
                    && !Character.isWhitespace(s.charAt(i));
            if (!between) {
                continue;
            }
            int run = i - from;
            if (run >= 2 && run <= MAX_RUN && doubleSpace.isPresent()) {
                out.add(new Finding(from, i, Criterion.MECHANICS, Severity.INFO, doubleSpace.get(), Optional.of(" ")));
            } else if (run == 1 && spaceBeforeMark.isPresent() && wordChar(s.charAt(from - 1))
                    && CLOSING_MARKS.indexOf(s.charAt(i)) >= 0
                    && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))) {
                out.add(new Finding(from, i, Criterion.MECHANICS, Severity.INFO, spaceBeforeMark.get(),
                        Optional.of("")));
            }
        }
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
