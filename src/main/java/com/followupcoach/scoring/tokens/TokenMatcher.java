package com.followupcoach.scoring.tokens;

import com.followupcoach.scoring.text.Span;
import com.followupcoach.scoring.text.TokenizedText;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one token pattern over one letter's tokens. Matching from a start token is a
 * backtracking search over the pattern's elements that remembers every (element, token) pair
 * that failed, so each pair is tried once: the work per start is bounded by the number of
 * elements times the widest match, whatever the letter. Not thread-safe; cheap to make.
 */
public final class TokenMatcher implements WordIndex.Sink {

    private final TokenPattern pattern;
    private final Element[] elements;
    private final TokenizedText text;
    private final int width;
    private final int[] failed;
    private final boolean[][] lengths;
    private final boolean[] found = new boolean[1];
    private int stamp;

    private int start;
    private int sentenceFrom;
    private int sentenceTo;
    private int closingFrom;
    private int end;
    private int highlightFrom;
    private int highlightTo;

    TokenMatcher(TokenPattern pattern, TokenizedText text) {
        this.pattern = pattern;
        this.elements = pattern.elements();
        this.text = text;
        this.width = pattern.widest() + 1;
        this.failed = new int[elements.length * width];
        this.lengths = new boolean[elements.length][];
        for (int e = 0; e < elements.length; e++) {
            lengths[e] = new boolean[elements[e].longestEntry() + 2];
        }
    }

    /**
     * Adds the highlighted span of each match starting at one of {@code starts} (ascending);
     * matches do not overlap: a start inside the previous match is skipped.
     */
    public void findAll(int[] starts, List<Span> out) {
        int next = 0;
        for (int s : starts) {
            if (s >= next && matchAt(s)) {
                out.add(highlight());
                next = Math.max(end, s + 1);
            }
        }
    }

    /** Every match in the letter, trying each token the pattern may start at. */
    public void findAll(List<Span> out) {
        int next = 0;
        for (int s = 0; s < text.size(); s++) {
            if (s >= next && mayStartAt(s) && matchAt(s)) {
                out.add(highlight());
                next = Math.max(end, s + 1);
            }
        }
    }

    /** Whether the pattern matches anywhere in the sentence. */
    public boolean findInSentence(int sentence) {
        for (int s = text.sentenceFrom(sentence); s < text.sentenceTo(sentence); s++) {
            if (mayStartAt(s) && matchAt(s)) {
                return true;
            }
        }
        return false;
    }

    boolean mayStartAt(int token) {
        return pattern.mayStartAt(text, token, this, found);
    }

    @Override
    public void accept(int id) {
        found[0] = true;
    }

    /** Whether a match starts at the token; then {@link #highlight()} is where it is. */
    public boolean matchAt(int token) {
        start = token;
        int sentence = text.sentence(token);
        sentenceFrom = text.sentenceFrom(sentence);
        sentenceTo = text.sentenceTo(sentence);
        closingFrom = text.closingFrom(sentence);
        if (++stamp == 0) {
            Arrays.fill(failed, 0);
            stamp = 1;
        }
        highlightFrom = -1;
        highlightTo = -1;
        int r = match(0, token);
        if (r < 0) {
            return false;
        }
        end = r;
        if (!pattern.highlighted()) {
            highlightFrom = token;
            highlightTo = r;
        }
        return highlightTo > highlightFrom;
    }

    /** The highlighted part of the last match: the [ ] part, else the whole match. */
    public Span highlight() {
        return text.span(highlightFrom, highlightTo);
    }

    /** One past the last token of the last match. */
    public int end() {
        return end;
    }

    /** @return the token after the match of elements e.. from {@code pos}, or -1 */
    private int match(int e, int pos) {
        if (e == elements.length) {
            return pos;
        }
        int key = e * width + (pos - start);
        if (failed[key] == stamp) {
            return -1;
        }
        int r = step(e, pos);
        if (r < 0) {
            failed[key] = stamp;
        }
        return r;
    }

    private int step(int e, int pos) {
        Element el = elements[e];
        switch (el.kind) {
            case OPEN: {
                int r = match(e + 1, pos);
                if (r >= 0) {
                    highlightFrom = pos;
                }
                return r;
            }
            case CLOSE: {
                int r = match(e + 1, pos);
                if (r >= 0) {
                    highlightTo = pos;
                }
                return r;
            }
            case START:
                return pos == sentenceFrom ? match(e + 1, pos) : -1;
            case END:
                return pos >= closingFrom ? match(e + 1, pos) : -1;
            case CLAUSE_GAP:
            case SENTENCE_GAP:
                return gap(e, el, pos);
            default:
                return token(e, el, pos);
        }
    }

    private int token(int e, Element el, int pos) {
        if (!el.negated) {
            boolean[] found = lengths[e];
            int longest = el.lengthsAt(text, pos, sentenceTo, found);
            for (int n = longest; n >= 1; n--) {
                if (found[n]) {
                    found[n] = false;
                    int r = match(e + 1, pos + n);
                    if (r >= 0) {
                        Arrays.fill(found, 0, n, false);
                        return r;
                    }
                }
            }
        } else if (pos < sentenceTo && el.noneAt(text, pos, sentenceTo, lengths[e])) {
            int r = match(e + 1, pos + 1);
            if (r >= 0) {
                return r;
            }
        }
        return el.optional ? match(e + 1, pos) : -1;
    }

    /**
     * A gap takes as few tokens as it can. A clause gap may not take a clause mark, nor leave
     * the clause of the token before it (unless that token is itself a clause mark:
     * "selected , ..3 grateful").
     */
    private int gap(int e, Element el, int pos) {
        int max = Math.min(el.gap, sentenceTo - pos);
        boolean clause = el.kind == Element.Kind.CLAUSE_GAP;
        if (clause && pos > start && pos < sentenceTo && text.clause(pos - 1) != text.clause(pos)
                && !text.separator(pos - 1)) {
            max = 0;
        }
        for (int k = 0; k <= max; k++) {
            if (clause && k >= 1 && (text.clause(pos + k - 1) != text.clause(pos) || text.separator(pos))) {
                break;
            }
            int r = match(e + 1, pos + k);
            if (r >= 0) {
                return r;
            }
        }
        return -1;
    }
}
