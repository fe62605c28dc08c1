package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.text.Span;
import com.followupcoach.scoring.text.TokenizedText;
import com.followupcoach.scoring.tokens.LexiconMemo;
import com.followupcoach.scoring.tokens.PatternIndex;
import com.followupcoach.scoring.tokens.TokenMatcher;
import com.followupcoach.scoring.tokens.TokenPattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every token pattern's matches in one letter, found sentence by sentence: a token match never
 * leaves its sentence, and whether and where it matches depends on that sentence's tokens alone,
 * so a sentence seen before (in a {@link SentenceCache}) is not matched again. All patterns share
 * one {@link LexiconMemo} of the letter. One letter, one thread; a
 * sentence longer than a few pages has its start tokens matched in two halves, the second on
 * the common pool's thread, and the halves joined into what one pass finds.
 */
final class TokenMatches {

    private final List<TokenPattern> patterns;
    private final PatternIndex index;
    private final TokenizedText tokens;
    private final LexiconMemo memo;
    private final TokenMatcher[] matchers;

    TokenMatches(List<TokenPattern> patterns, PatternIndex index, TokenizedText tokens) {
        this(patterns, index, tokens, NEVER);
    }

    /**
     * @param halvesFrom from how many characters a sentence's start tokens are matched in two
     *                   halves on two cores ({@link #NEVER}: never)
     */
    TokenMatches(List<TokenPattern> patterns, PatternIndex index, TokenizedText tokens, int halvesFrom) {
        this(patterns, index, new LexiconMemo(tokens), halvesFrom);
    }

    /**
     * As above, reading the lexicons through a memo of the letter that other patterns have
     * filled already (the rules' {@code unlessTokens} patterns after the rules' own), so a
     * lexicon is looked up once per token for both.
     */
    TokenMatches(List<TokenPattern> patterns, PatternIndex index, LexiconMemo memo, int halvesFrom) {
        this(patterns, index, memo, halvesFrom, WINDOW);
    }

    /** @param window how many tokens' starts are collected and matched at a time ({@link #WINDOW}; tests make it small) */
    TokenMatches(List<TokenPattern> patterns, PatternIndex index, LexiconMemo memo, int halvesFrom, int window) {
        this.window = window;
        this.halvesFrom = halvesFrom;
        this.patterns = patterns;
        this.index = index;
        this.tokens = memo.text();
        this.memo = memo;
        this.matchers = new TokenMatcher[patterns.size()];
        this.reach = TokenMatcher.reachOf(patterns);
    }

    /**
     * How many tokens' start tokens are collected and matched at a time in a long sentence: a
     * few pages' worth, so that the starts of a sentence of any length take a few hundred
     * kilobytes, made once and reused window after window.
     */
    static final int WINDOW = 1 << 12;

    private final int window;

    /** A sentence length no sentence reaches. */
    static final int NEVER = Integer.MAX_VALUE;

    /** Whether the sentence of tokens {@code [from, to)} is long enough to be searched in two halves. */
    static boolean halved(TokenizedText tokens, int from, int to, int halvesFrom) {
        return to - from >= 2 && tokens.end(to - 1) - tokens.start(from) >= halvesFrom;
    }

    private final int halvesFrom;

    /** How far the widest pattern reaches, for {@link TokenMatcher#repeatsPrevious}. */
    private final int reach;

    /** The letter's memo, for the rules' {@code unlessTokens} patterns. */
    LexiconMemo memo() {
        return memo;
    }

    /**
     * @param cache where sentences seen before are looked up and new ones kept; null for none
     * @return for each pattern, its matches in the letter, in order
     */
    List<List<TokenHit>> find(SentenceCache cache) {
        List<List<TokenHit>> out = new ArrayList<>(patterns.size());
        for (int p = 0; p < patterns.size(); p++) {
            out.add(new ArrayList<>(0));
        }
        sameAs = new int[tokens.sentenceCount()];
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            sameAs[s] = s;
            int from = tokens.sentenceFrom(s);
            int to = tokens.sentenceTo(s);
            if (from == to) {
                continue;
            }
            String key = cache != null && to - from <= SentenceCache.MAX_TOKENS ? key(from, to) : null;
            if (key != null) {
                Integer first = firstWithKey.putIfAbsent(key, s);
                sameAs[s] = first == null ? s : first;
            }
            SentenceHits hits = key == null ? null : cache.get(key);
            if (hits == null) {
                hits = inSentence(s);
                if (key != null) {
                    cache.put(key, hits);
                }
            }
            for (int i = 0; i < hits.patterns().length; i++) {
                int p = hits.patterns()[i];
                List<TokenHit> found = out.get(p);
                int[] pairs = hits.spans()[i];
                int parts = patterns.get(p).partNames().size();
                for (int k = 0; k < pairs.length; k += 2 + 2 * parts) {
                    Span[] partSpans = new Span[parts];
                    for (int q = 0; q < parts; q++) {
                        int a = pairs[k + 2 + 2 * q];
                        int b = pairs[k + 3 + 2 * q];
                        partSpans[q] = a < 0 ? null : TokenMatcher.partSpan(tokens, from + a, from + b);
                    }
                    found.add(new TokenHit(tokens.span(from + pairs[k], from + pairs[k + 1]), partSpans));
                }
            }
        }
        return out;
    }

    /** For each sentence, the letter's first sentence written alike (itself when none is known); null before {@link #find}. */
    private int[] sameAs;

    /**
     * For each sentence, the letter's first sentence with the same tokens and the same negated,
     * quoted and ironic flags, as {@link #find} saw by the keys of its cache (itself when none
     * was, or when it kept no cache): all that matches in a sentence depends on those alone.
     */
    int[] sameAs() {
        return sameAs;
    }

    /** Reused sentence after sentence; made when first needed. */
    private PatternIndex.Starts starts;

    /**
     * Each pattern's matches in sentence {@code s} alone, as {@link #find} gives them for it
     * (in two halves on two cores when it is long): {@link UnlessSearch} asks only about the
     * sentences a rule matched in.
     */
    SentenceHits inSentence(int s) {
        int from = tokens.sentenceFrom(s);
        int to = tokens.sentenceTo(s);
        if (from == to) {
            return SentenceHits.NONE;
        }
        if (starts == null) {
            starts = index.starts();
        }
        return halved(tokens, from, to, halvesFrom) ? matchInHalves(from, to, starts) : match(from, to, starts);
    }

    /**
     * All a sentence's matches depend on: its tokens as written (patterns may ask for case:
     * {@code =i}, {@code %cap}), a space apart (a token holds no space), each with what the
     * language layer says of it. Whether a token is quoted, negated or ironic can depend on
     * the sentences around it (a quotation may run over several), so it is part of the key.
     */
    private String key(int from, int to) {
        StringBuilder key = new StringBuilder((to - from) * 9);
        for (int t = from; t < to; t++) {
            int flags = (tokens.negated(t) ? 1 : 0) | (tokens.quoted(t) ? 2 : 0) | (tokens.ironic(t) ? 4 : 0);
            key.append(tokens.written(t)).append((char) ('0' + flags)).append(' ');
        }
        return key.toString();
    }

    private SentenceHits match(int from, int to, PatternIndex.Starts starts) {
        boolean[] repeats = TokenMatcher.repeatsPrevious(tokens, from, to, reach);
        memo.inSentence(repeats, from);
        return stretch(memo, matchers, from, from, to, starts, false).hits();
    }

    /**
     * The matches of one long sentence, its start tokens cut in two halves matched on two
     * cores, then joined into what {@link #match} finds. A pattern's matches do not overlap: each
     * is the first match from where the one before ended. So the second half's matches stand
     * as found while the first half's last match ends before the middle; when it ends past it,
     * the matches from its end are found again one by one until one of them is a match the
     * second half found too, from which both go on alike.
     */
    private SentenceHits matchInHalves(int from, int to, PatternIndex.Starts starts) {
        int middle = from + (to - from) / 2;
        boolean[] repeats = TokenMatcher.repeatsPrevious(tokens, from, to, reach);
        tokens.windowHash(from, from); // made once, here, before a second thread reads it
        Handover<Stretch> second = Handover.offer(() -> {
            LexiconMemo own = new LexiconMemo(tokens, middle, to);
            own.inSentence(repeats, from);
            return stretch(own, new TokenMatcher[patterns.size()], from, middle, to, index.starts(), true);
        });
        memo.inSentence(repeats, from);
        Stretch first = stretch(memo, matchers, from, from, middle, starts, true);
        Stretch later = second.join();
        return joined(first, later, from, middle, to);
    }

    /** Each pattern's matches in the whole sentence, from those of its two halves. */
    private SentenceHits joined(Stretch first, Stretch later, int from, int middle, int to) {
        int[] inLater = new int[patterns.size()];
        Arrays.fill(inLater, -1);
        for (int i = 0; i < later.count; i++) {
            inLater[later.patterns[i]] = i;
        }
        int[] matched = new int[first.count + later.count];
        int[][] spans = new int[matched.length][];
        int count = 0;
        boolean[] done = new boolean[patterns.size()];
        for (int i = 0; i < first.count; i++) {
            int p = first.patterns[i];
            done[p] = true;
            int j = inLater[p];
            int[] last = first.positions[i];
            int next = last[last.length - 1];
            matched[count] = p;
            spans[count++] = j < 0 ? first.pairs[i] : next <= middle ? concat(first.pairs[i], later.pairs[j])
                    : redone(p, first.pairs[i], later, j, next, from, to);
        }
        for (int j = 0; j < later.count; j++) {
            if (!done[later.patterns[j]]) {
                matched[count] = later.patterns[j];
                spans[count++] = later.pairs[j];
            }
        }
        return count == 0 ? SentenceHits.NONE
                : new SentenceHits(Arrays.copyOf(matched, count), Arrays.copyOf(spans, count));
    }

    /**
     * The first half's matches of pattern {@code p}, then those from token {@code next} (where
     * its last match ended, past the middle) found again until one is the start of a match of
     * the second half's, then the second half's from that one on. Each is the first match from
     * a token at or after {@code next} ({@link TokenMatcher#findBetween}: the tokens where the
     * pattern may start, tried in turn).
     */
    private int[] redone(int p, int[] firstPairs, Stretch later, int j, int next, int from, int to) {
        TokenMatcher matcher = matchers[p];
        int parts = patterns.get(p).partNames().size();
        int width = 2 + 2 * parts;
        int[] laterPairs = later.pairs[j];
        int[] laterPositions = later.positions[j];
        int[] out = Arrays.copyOf(firstPairs, firstPairs.length + width * 4);
        int n = firstPairs.length;
        int k = 0;
        while (matcher.findBetween(next, to)) {
            int start = matcher.start();
            while (k < laterPositions.length && laterPositions[k] < start) {
                k += 2;
            }
            if (k < laterPositions.length && laterPositions[k] == start) {
                int at = k / 2 * width;
                out = Arrays.copyOf(out, n + laterPairs.length - at);
                System.arraycopy(laterPairs, at, out, n, laterPairs.length - at);
                return out;
            }
            if (n + width > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            n = put(out, n, matcher, parts, from);
            next = Math.max(matcher.end(), start + 1);
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Writes the matcher's last match as {@link SentenceHits} does at {@code out[n]}; returns the next free place. */
    private static int put(int[] out, int n, TokenMatcher matcher, int parts, int from) {
        out[n++] = matcher.highlightFromToken() - from;
        out[n++] = matcher.highlightToToken() - from;
        for (int q = 0; q < parts; q++) {
            int partFrom = matcher.partFromToken(q);
            out[n++] = partFrom < 0 ? -1 : partFrom - from;
            out[n++] = partFrom < 0 ? -1 : matcher.partToToken(q) - from;
        }
        return n;
    }

    /**
     * The matches found from the start tokens of a stretch of one sentence: for the i-th pattern
     * that matched, its matches as {@link SentenceHits} holds them, and each match's first token
     * and where the next search begins (pairs in {@code positions[i]}, when asked for).
     */
    private record Stretch(int[] patterns, int[][] pairs, int[][] positions, int count) {

        SentenceHits hits() {
            return count == 0 ? SentenceHits.NONE
                    : new SentenceHits(Arrays.copyOf(patterns, count), Arrays.copyOf(pairs, count));
        }
    }

    /**
     * The matches starting at the tokens {@code [lo, hi)} of the sentence that begins at token
     * {@code from}. The start tokens are collected and matched {@link #window} at a time, each
     * pattern's search going on in a window from where its last match ended: a sentence's start
     * tokens are about 27 per token, and those of a whole megabyte-long sentence were a hundred
     * megabytes of garbage, most of it still live when the collector ran.
     *
     * @param withPositions whether to note each match's start and where the next search begins (for {@link #joined})
     */
    private Stretch stretch(LexiconMemo memo, TokenMatcher[] matchers, int from, int lo, int hi,
                            PatternIndex.Starts starts, boolean withPositions) {
        Found found = new Found(patterns.size(), hi - lo > window, withPositions, from);
        for (int a = lo; a < hi; a += Math.min(window, hi - a)) {
            index.candidates(memo, a, a + Math.min(window, hi - a), starts);
            for (int i = 0; i < starts.size(); i++) {
                int p = starts.pattern(i);
                if (matchers[p] == null) {
                    matchers[p] = patterns.get(p).matcher(memo);
                }
                found.begin(p, matchers[p], patterns.get(p).partNames().size());
                matchers[p].findRuns(starts.runs(i), starts.runsLength(i), found.next(), found);
            }
        }
        return found.stretch();
    }

    /**
     * Each pattern's matches found so far in a stretch of a sentence, window after window, and
     * where its next search begins. The matcher whose matches arrive is named by {@link #begin}.
     */
    private static final class Found implements TokenMatcher.Hits {
        private final boolean withPositions;
        private final int from;
        /** By pattern, its slot + 1 (0: none yet); only when the stretch has more than one window. */
        private final int[] slotOf;
        private int[] patternOf = new int[16];
        private int[][] pairs = new int[16][];
        private int[] pairsUsed = new int[16];
        private int[][] places = new int[16][];
        private int[] placesUsed = new int[16];
        private int[] next = new int[16];
        private int slots;
        private int slot;
        private TokenMatcher matcher;
        private int parts;

        Found(int patterns, boolean manyWindows, boolean withPositions, int from) {
            this.slotOf = manyWindows ? new int[patterns] : null;
            this.withPositions = withPositions;
            this.from = from;
        }

        /** The matches of pattern {@code p}, by this matcher, come next. */
        void begin(int p, TokenMatcher matcher, int parts) {
            this.matcher = matcher;
            this.parts = parts;
            if (slotOf != null && slotOf[p] > 0) {
                slot = slotOf[p] - 1;
                return;
            }
            if (slots == patternOf.length) {
                int n = slots * 2;
                patternOf = Arrays.copyOf(patternOf, n);
                pairs = Arrays.copyOf(pairs, n);
                pairsUsed = Arrays.copyOf(pairsUsed, n);
                places = Arrays.copyOf(places, n);
                placesUsed = Arrays.copyOf(placesUsed, n);
                next = Arrays.copyOf(next, n);
            }
            slot = slots++;
            patternOf[slot] = p;
            if (slotOf != null) {
                slotOf[p] = slot + 1;
            }
        }

        /** Where the pattern's search begins: after the end of its last match so far. */
        int next() {
            return next[slot];
        }

        @Override
        public void hit(int highlightFrom, int highlightTo) {
            int width = 2 + 2 * parts;
            if (pairs[slot] == null) {
                pairs[slot] = new int[width];
            }
            while (pairsUsed[slot] + width > pairs[slot].length) {
                pairs[slot] = Arrays.copyOf(pairs[slot], pairs[slot].length * 2);
            }
            pairsUsed[slot] = put(pairs[slot], pairsUsed[slot], matcher, parts, from);
            next[slot] = Math.max(matcher.end(), matcher.start() + 1);
            if (withPositions) {
                if (places[slot] == null) {
                    places[slot] = new int[2];
                }
                if (placesUsed[slot] + 2 > places[slot].length) {
                    places[slot] = Arrays.copyOf(places[slot], places[slot].length * 2);
                }
                places[slot][placesUsed[slot]++] = matcher.start();
                places[slot][placesUsed[slot]++] = next[slot];
            }
        }

        /** The patterns that matched, in the order first seen. */
        Stretch stretch() {
            int[] matched = new int[slots];
            int[][] spans = new int[slots][];
            int[][] positions = new int[slots][];
            int count = 0;
            for (int k = 0; k < slots; k++) {
                if (pairsUsed[k] > 0) {
                    matched[count] = patternOf[k];
                    positions[count] = withPositions ? Arrays.copyOf(places[k], placesUsed[k]) : null;
                    spans[count++] = Arrays.copyOf(pairs[k], pairsUsed[k]);
                }
            }
            return new Stretch(matched, spans, positions, count);
        }
    }
}
