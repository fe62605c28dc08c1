package com.followupcoach.scoring.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds sentences in a letter. A sentence ends at {@code . ! ?} followed by a space or
 * the end of its line group, except after an abbreviation ("Mr.", "e.g.") or an initial
 * ("D. Sutcliffe"). Letters are made of short lines (greeting, sign-off, address), so a
 * line break ends a sentence too, unless it looks like a hard wrap inside a paragraph: a
 * long line that does not end with terminal punctuation.
 */
public final class SentenceSplitter {

    /** Lines at least this long without final punctuation are taken as wrapped. */
    private static final int WRAP_WIDTH = 40;

    /**
     * Abbreviations that close a name or a list rather than open one: "I would love to work at
     * Sunrise Infotech Pvt Ltd. Since the interview…", "Acme Inc. The team…", "shifts, rotas
     * etc. Thank you…". A title ("Dr.", "Mr.") is followed by the name it opens, so a capital
     * after it continues the sentence; a capital after one of these starts the next sentence,
     * unless it is another of them ("Co. Ltd.").
     */
    private static final Set<String> NAME_ENDINGS = Set.of("inc", "ltd", "co", "corp", "plc", "llc", "llp", "bros",
            "etc");

    private final Set<String> abbreviations;

    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    public List<Span> split(String text, List<Span> lines) {
        List<Span> sentences = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j + 1 < lines.size() && isSoftBreak(text, lines.get(j), lines.get(j + 1))) {
                j++;
            }
            splitBlock(text, lines.get(i).start(), lines.get(j).end(), sentences);
            i = j + 1;
        }
        return sentences;
    }

    private static boolean isSoftBreak(String text, Span line, Span next) {
        int end = lastNonSpace(text, line.start(), line.end());
        if (end < 0 || end - firstNonSpace(text, line.start(), line.end()) + 1 < WRAP_WIDTH) {
            return false;
        }
        char last = text.charAt(end);
        return ".!?:".indexOf(last) < 0 && firstNonSpace(text, next.start(), next.end()) >= 0;
    }

    private void splitBlock(String text, int from, int to, List<Span> out) {
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < to && ".!?".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                while (end < to && "\"')]".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                boolean atGap = end >= to || Character.isWhitespace(text.charAt(end));
                if (atGap && !(c == '.' && end == i + 1 && isAbbreviation(text, from, i)
                        && !endsANameBeforeASentence(text, from, i, end, to))) {
                    add(text, start, end, out);
                    start = end;
                }
                i = end;
            } else {
                i++;
            }
        }
        add(text, start, to, out);
    }

    private static boolean endsANameBeforeASentence(String text, int from, int dot, int after, int to) {
        String word = wordBefore(text, from, dot);
        if (!NAME_ENDINGS.contains(word)) {
            return false;
        }
        int next = firstNonSpace(text, after, to);
        if (next < 0 || !Character.isUpperCase(text.charAt(next))) {
            return false;
        }
        int nextEnd = next;
        while (nextEnd < to && Character.isLetter(text.charAt(nextEnd))) {
            nextEnd++;
        }
        return !NAME_ENDINGS.contains(Normalizer.lowerCase(text.substring(next, nextEnd)));
    }

    private static String wordBefore(String text, int from, int dot) {
        return Normalizer.lowerCase(text.substring(wordStart(text, from, dot), dot));
    }

    /** Where the run of letters that ends at {@code dot} begins. */
    private static int wordStart(String text, int from, int dot) {
        int s = dot;
        while (s > from && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    private boolean isAbbreviation(String text, int from, int dot) {
        int s = wordStart(text, from, dot);
        if (s == dot) {
            return false;
        }
        if (dot - s == 1 && Character.isUpperCase(text.charAt(s))) {
            return true; // an initial: "D. Sutcliffe", "J. R. Smith"
        }
        boolean dotted = s > from && text.charAt(s - 1) == '.'; // "e.g.", "i.e."
        return dotted || abbreviations.contains(Normalizer.lowerCase(text.substring(s, dot)));
    }

    private static void add(String text, int start, int end, List<Span> out) {
        int s = firstNonSpace(text, start, end);
        if (s < 0) {
            return;
        }
        int e = lastNonSpace(text, start, end) + 1;
        out.add(new Span(s, e));
    }

    static int firstNonSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static int lastNonSpace(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
