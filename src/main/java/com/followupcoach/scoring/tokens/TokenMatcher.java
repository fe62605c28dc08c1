package com.followupcoach.scoring.tokens;

import com.followupcoach.scoring.text.Span;
import com.followupcoach.scoring.text.TokenizedText;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one token pattern over one letter's tokens. Matching from a start token is a
 * backtracking search over the pattern's elements that remembers every (element, token) pair
 * that failed. Whether the rest of a pattern fails from a token does not depend on where the
 * match started (only on the sentence, and for a clause gap on whether a token was taken
 * before it), so the memory is shared by all starts in a sentence: each pair is tried about
 * once per letter, and the work is linear in the tokens times the pattern's size, whatever
 * the letter's shape ("a b c b c b c…" against {@code a ...30 b ...30 c ...30 d} included).
 * The memory is a ring of the widest match's length per element, made when the element is
 * first reached: most starts fail within an element or two, and a ring for every element of
 * every pattern a letter offers starts to was half of what a critique allocated. Not
 * thread-safe; cheap to make.
 */
public final class TokenMatcher implements WordIndex.Sink {

    private final TokenPattern pattern;
    private final Element[] elements;
    private final TokenizedText text;
    private final int width;
    /**
     * For each element, null until it is first reached, and for each (token modulo width, token
     * taken before?): the sentence and token of a failure, as {@link #failure} packs them (0: none).
     */
    private final long[][] failedSteps;
    private final boolean[][] lengths;
    private final boolean[] found = new boolean[1];
    private final LexiconMemo memo;
    /** For each element, the letter's memo of each of its lexicons. */
    private final short[][][] memos;

    private int start;
    private int sentence;
    private int sentenceFrom;
    private int sentenceTo;
    private int closingFrom;
    private int end;
    private int highlightFrom;
    private int highlightTo;
    /** For each part of the pattern: its first token and one past its last in the last match, -1 when absent. */
    private final int[] partFrom;
    private final int[] partTo;

    TokenMatcher(TokenPattern pattern, LexiconMemo memo) {
        this.pattern = pattern;
        this.memo = memo;
        TokenizedText text = memo.text();
        this.elements = pattern.elements();
        this.text = text;
        this.width = pattern.widest() + 1;
        this.failedSteps = new long[elements.length][];
        this.partFrom = new int[pattern.partNames().size()];
        this.partTo = new int[partFrom.length];
        this.lengths = new boolean[elements.length][];
        for (int e = 0; e < elements.length; e++) {
            lengths[e] = new boolean[elements[e].longestEntry() + 2];
        }
        this.salt = FailedReaches.salt(memo.newMatcher());
        this.memos = new short[elements.length][][];
        for (int e = 0; e < elements.length; e++) {
            Lexicon[] lexicons = elements[e].lexicons;
            memos[e] = new short[lexicons.length][];
            for (int k = 0; k < lexicons.length; k++) {
                memos[e][k] = memo.of(lexicons[k]);
            }
        }
    }

    /**
     * Adds the highlighted span of each match starting at one of {@code starts} (ascending);
     * matches do not overlap: a start inside the previous match is skipped.
     */
    public void findAll(int[] starts, List<Span> out) {
        // Sentence by sentence, as the engine does: a match never leaves its sentence.
        for (int i = 0; i < starts.length; ) {
            int sentence = text.sentence(starts[i]);
            int j = i;
            while (j < starts.length && text.sentence(starts[j]) == sentence) {
                j++;
            }
            int from = text.sentenceFrom(sentence);
            boolean[] repeats = repeatsPrevious(text, from, text.sentenceTo(sentence), width + 2);
            findTokens(Arrays.copyOfRange(starts, i, j), repeats, from, (a, b) -> out.add(text.span(a, b)));
            i = j;
        }
    }

    /** The most tokens any of the patterns can reach from a start, with the margin {@link #repeatsPrevious} needs. */
    public static int reachOf(List<TokenPattern> patterns) {
        int most = 0;
        for (TokenPattern p : patterns) {
            most = Math.max(most, p.widest());
        }
        return most + 3;
    }

    /**
     * For each token {@code t} of the sentence's tokens {@code [from, to)}, at {@code t - from}:
     * whether the {@code reach} tokens from it are exactly those from the token before it (a run
     * of one repeated word or mark), away from the sentence's start and end, and with both
     * reaches on the same side of where its closing marks begin (before them, or both among
     * them: a sentence of a million "!" is all closing marks). Every pattern fares at such a
     * token as it did at the one before.
     */
    public static boolean[] repeatsPrevious(TokenizedText text, int from, int to, int reach) {
        boolean[] out = new boolean[to - from];
        if (to == from) {
            return out;
        }
        int closing = text.closingFrom(text.sentence(from));
        for (int t = from + 1; t + reach + 1 <= to; t++) {
            if (t + reach + 1 <= closing || t - 1 >= closing) {
                out[t - from] = text.windowHash(t - 1, t + reach) == text.windowHash(t, t + reach + 1);
            }
        }
        return out;
    }

    /** Receives the highlighted tokens {@code [from, to)} of each match. */
    public interface Hits {
        void hit(int from, int to);
    }

    /**
     * As {@link #findAll(int[], List)}, giving each match's highlighted tokens. Whether a match
     * starts at a token depends only on the tokens a match could reach from it (and where the
     * sentence starts and ends among them), so a start whose reach looks exactly like one that
     * failed a moment ago is not tried again: in a run of one repeated word or phrase, the
     * pattern is tried a few times instead of once per token.
     */
    public void findTokens(int[] starts, Hits out) {
        findTokens(starts, null, 0, out);
    }

    /**
     * As {@link #findTokens(int[], Hits)}, with {@link #repeatsPrevious} of the starts' sentence
     * (made with a reach of at least this pattern's widest + 2; null for none): a start right
     * after one that failed, in a run of one repeated token, is passed over at once.
     */
    public void findTokens(int[] starts, boolean[] repeats, int sentenceStart, Hits out) {
        if (starts.length > 0) {
            newSentence(starts[0]);
        }
        int next = 0;
        int lastTried = -2;
        boolean lastFailed = false;
        for (int s : starts) {
            if (s < next) {
                continue;
            }
            if (repeats != null && lastFailed && s == lastTried + 1 && repeats[s - sentenceStart]) {
                lastTried = s;
                continue;
            }
            lastTried = s;
            lastFailed = true;
            long reach = reachSignature(s);
            if (failedBefore(reach)) {
                continue;
            }
            if (matchAt(s)) {
                out.hit(highlightFrom, highlightTo);
                next = Math.max(end, s + 1);
                lastFailed = false;
            } else {
                fail(reach);
            }
        }
    }

    /**
     * As {@link #findTokens(int[], boolean[], int, Hits)}, with the starts given as runs
     * ({@link PatternIndex.Starts#runs}): pairs {@code first, last} in {@code runs[0, length)},
     * where each token after {@code first} repeats the reach of the one before it. Once a start
     * in a run fails, so does every later one in it, so a run of a million repeated tokens that
     * never matches costs one try.
     */
    public void findRuns(int[] runs, int length, Hits out) {
        findRuns(runs, length, 0, out);
    }

    /**
     * As {@link #findRuns(int[], int, Hits)}, passing over the starts before {@code next}: the
     * starts of a long sentence come a window at a time, and a match found from the window
     * before may have ended inside this one.
     */
    public void findRuns(int[] runs, int length, int next, Hits out) {
        if (length > 0) {
            newSentence(runs[0]);
        }
        for (int k = 0; k < length; k += 2) {
            int last = runs[k + 1];
            for (int s = Math.max(runs[k], next); s <= last; s = next) {
                long reach = reachSignature(s);
                if (failedBefore(reach)) {
                    break;
                }
                if (!matchAt(s)) {
                    fail(reach);
                    break;
                }
                out.hit(highlightFrom, highlightTo);
                next = Math.max(end, s + 1);
            }
        }
    }

    /** Signatures of the reaches of the last few failed starts in the sentence (a run repeating a phrase of up to this many starts). */
    private final long[] failed = new long[8];
    private int failedCount;
    /**
     * In a long sentence, where the reaches of the starts that failed are kept for the letter
     * (shared with the other patterns' matchers of the memo, under this matcher's salt), so a
     * sentence that repeats a phrase of any length is matched once per distinct reach; null in
     * a short sentence.
     */
    private FailedReaches failedInLetter;
    private final long salt;

    /** Begins the starts of one sentence. */
    private void newSentence(int start) {
        failedCount = 0;
        int sentence = text.sentence(start);
        failedInLetter = text.sentenceTo(sentence) - text.sentenceFrom(sentence) >= FailedReaches.FROM_TOKENS
                ? memo.failedReaches() : null;
    }

    private boolean failedBefore(long reach) {
        for (int i = Math.min(failedCount, failed.length) - 1; i >= 0; i--) {
            if (failed[i] == reach) {
                return true;
            }
        }
        return failedInLetter != null && failedInLetter.contains(salt, reach);
    }

    private void fail(long reach) {
        failed[failedCount++ % failed.length] = reach;
        if (failedInLetter != null) {
            failedInLetter.add(salt, reach);
        }
    }

    /**
     * The tokens a match from {@code s} could look at (the pattern's widest reach and one more,
     * for a clause opened by "so" before a subject), cut at the sentence's end, with where the
     * sentence starts, where its closing marks begin and where it ends, as seen from {@code s}.
     */
    private long reachSignature(int s) {
        int sent = text.sentence(s);
        int from = text.sentenceFrom(sent);
        int to = text.sentenceTo(sent);
        int reach = width + 1;
        int stop = Math.min(to, s + reach);
        long h = text.windowHash(s, stop);
        h = h * 31 + (stop - s);
        h = h * 31 + (s == from ? 1 : 0);
        h = h * 31 + Math.max(-1, Math.min(text.closingFrom(sent) - s, reach + 1));
        return h;
    }

    /** Receives each match: its highlighted span, and the matcher, to ask where its parts are. */
    public interface Found {
        void found(Span highlight, TokenMatcher matcher);
    }

    /** As {@link #findAll(int[], List)}, handing each match over while its parts can still be read. */
    public void findAll(int[] starts, Found out) {
        int next = 0;
        for (int s : starts) {
            if (s >= next && matchAt(s)) {
                out.found(highlight(), this);
                next = Math.max(end, s + 1);
            }
        }
    }

    /** The pattern this matcher runs. */
    public TokenPattern pattern() {
        return pattern;
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
        return findBetween(text.sentenceFrom(sentence), text.sentenceTo(sentence));
    }

    /** Whether a match starts at one of the tokens {@code [from, to)}, which lie in one sentence. */
    public boolean findBetween(int from, int to) {
        for (int s = from; s < to; s++) {
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
        sentence = text.sentence(token);
        sentenceFrom = text.sentenceFrom(sentence);
        sentenceTo = text.sentenceTo(sentence);
        closingFrom = text.closingFrom(sentence);
        highlightFrom = -1;
        highlightTo = -1;
        Arrays.fill(partFrom, -1);
        Arrays.fill(partTo, -1);
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

    /**
     * Where part {@code index} of the pattern ({@link TokenPattern#partNames()}) lies in the last
     * match: {@code null} when it took no part (an optional part left out); an empty span at its
     * place when it matched no token.
     */
    public Span part(int index) {
        return partSpan(text, partFrom[index], partTo[index]);
    }

    /** The first token of part {@code index} in the last match; -1 when it took no part. */
    public int partFromToken(int index) {
        return partTo[index] < 0 ? -1 : partFrom[index];
    }

    /** One past the last token of part {@code index} in the last match; -1 when it took no part. */
    public int partToToken(int index) {
        return partFrom[index] < 0 ? -1 : partTo[index];
    }

    /**
     * The text of a part that took tokens {@code [from, to)}: {@code null} when it took no part
     * ({@code from} or {@code to} is -1); an empty span at its place when it matched no token.
     */
    public static Span partSpan(TokenizedText text, int from, int to) {
        if (from < 0 || to < 0) {
            return null;
        }
        if (to == from) {
            int offset = from < text.size() ? text.start(from) : (from > 0 ? text.end(from - 1) : 0);
            return new Span(offset, offset);
        }
        return text.span(from, to);
    }

    /** The first token of the last match. */
    public int start() {
        return start;
    }

    /** The first highlighted token of the last match. */
    public int highlightFromToken() {
        return highlightFrom;
    }

    /** One past the last highlighted token of the last match. */
    public int highlightToToken() {
        return highlightTo;
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
        long[] ring = failedSteps[e];
        if (ring == null) {
            ring = new long[width * 2];
            failedSteps[e] = ring;
        }
        int key = (pos % width) * 2 + (pos > start ? 1 : 0);
        long failure = failure(sentence, pos);
        if (ring[key] == failure) {
            return -1;
        }
        int r = step(e, pos);
        if (r < 0) {
            ring[key] = failure;
        }
        return r;
    }

    /** A failure at the token in the sentence, as one number that is never 0 (an empty slot). */
    private static long failure(int sentence, int token) {
        return ((long) sentence + 1) << 32 | token;
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
            case PART_OPEN: {
                int r = match(e + 1, pos);
                if (r >= 0) {
                    partFrom[el.part] = pos;
                    return r;
                }
                if (!el.optional) {
                    return -1;
                }
                r = match(el.partner + 1, pos);
                if (r >= 0) {
                    leaveOut(e, el.partner);
                }
                return r;
            }
            case PART_CLOSE: {
                int r = match(e + 1, pos);
                if (r >= 0) {
                    partTo[el.part] = pos;
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

    /** An optional part was left out: it and the parts inside it took no part in the match. */
    private void leaveOut(int open, int close) {
        for (int i = open; i < close; i++) {
            if (elements[i].kind == Element.Kind.PART_OPEN) {
                partFrom[elements[i].part] = -1;
                partTo[elements[i].part] = -1;
            }
        }
    }

    private int token(int e, Element el, int pos) {
        if (el.also.length > 0) {
            if (el.allAt(text, pos, sentenceTo, lengths[e])) {
                int r = match(e + 1, pos + 1);
                if (r >= 0) {
                    return r;
                }
            }
        } else if (!el.negated) {
            boolean[] found = lengths[e];
            int longest = el.lengthsAt(text, pos, sentenceTo, found, memo, memos[e]);
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
        } else if (pos < sentenceTo && el.noneAt(text, pos, sentenceTo, lengths[e], memo, memos[e])) {
            int r = match(e + 1, pos + 1);
            if (r >= 0) {
                return r;
            }
        }
        return el.optional ? match(e + 1, pos) : -1;
    }

    /**
     * A gap takes as few tokens as it can, and never one it names after {@code !}. A clause gap may not take a clause mark, nor leave
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
            if (k >= 1 && el.also.length > 0 && el.also[0].allAt(text, pos + k - 1, sentenceTo, lengths[e])) {
                break; // a gap ..N!x may not skip x
            }
            int r = match(e + 1, pos + k);
            if (r >= 0) {
                return r;
            }
        }
        return -1;
    }
}
