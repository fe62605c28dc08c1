package com.followupcoach.scoring.tokens;

import com.followupcoach.scoring.text.TokenizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each of many token patterns may start in a letter, found in one pass over its tokens:
 * each token is looked up by its lower form, stem and prefixes among the patterns' possible
 * first words, so it is offered only to the patterns that can start there. Immutable.
 */
public final class PatternIndex {

    private final WordIndex index = new WordIndex();
    private final boolean[] anchored;
    /**
     * The patterns that may start at any token of a sentence's start ({@code ^ !x…}, {@code ^ ..3 x}),
     * offered only there: offered at every token and turned away, they cost as much as all the
     * other look-ups together in a megabyte of "I I I".
     */
    private final int[] anyAtSentenceStart;

    /**
     * The lexicons that may give a pattern its first token, each asked as a whole at a token
     * (through the letter's memo) whether an entry matches there: "i" begins entries of many
     * lexicons ("i accept", "i apologise"), and offering every "i" to every pattern that begins
     * with one of them made a megabyte of "I I I" try twenty patterns at each token.
     */
    private final List<Lexicon> lexicons = new ArrayList<>();
    private final int[][] patternsOfLexicon;
    /** The lexicons' entries' first words, under the lexicon's number in {@link #lexicons}. */
    private final WordIndex lexiconFirstWords = new WordIndex();

    public PatternIndex(List<TokenPattern> patterns) {
        this.anchored = new boolean[patterns.size()];
        List<Integer> atStart = new ArrayList<>();
        List<List<Integer>> owners = new ArrayList<>();
        for (int id = 0; id < patterns.size(); id++) {
            TokenPattern p = patterns.get(id);
            anchored[id] = p.anchored();
            List<Lexicon> first = new ArrayList<>();
            if (!p.indexFirst(index, id, first)) {
                if (p.anchored()) {
                    atStart.add(id);
                } else {
                    index.addAny(id);
                }
                continue;
            }
            for (Lexicon l : first) {
                int k = indexOf(l);
                if (k < 0) {
                    k = lexicons.size();
                    lexicons.add(l);
                    owners.add(new ArrayList<>());
                    l.indexFirstWords(lexiconFirstWords, k);
                }
                if (!owners.get(k).contains(id)) {
                    owners.get(k).add(id);
                }
            }
        }
        this.anyAtSentenceStart = atStart.stream().mapToInt(Integer::intValue).toArray();
        this.patternsOfLexicon = owners.stream().map(o -> o.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    private int indexOf(Lexicon lexicon) {
        for (int k = 0; k < lexicons.size(); k++) {
            if (lexicons.get(k) == lexicon) {
                return k;
            }
        }
        return -1;
    }

    /** For each pattern, in order, the tokens where it may start, ascending. */
    public int[][] candidates(TokenizedText text) {
        Collector collector = new Collector(anchored.length);
        collect(new LexiconMemo(text), 0, text.size(), collector);
        return collector.result();
    }

    /**
     * The patterns that may start in the tokens {@code [from, to)} (one sentence) of the memo's
     * letter, each with its start tokens: only the patterns that can start there are listed, so
     * a letter of many short sentences does not pay for every pattern in every sentence.
     */
    public void candidates(LexiconMemo memo, int from, int to, Starts out) {
        out.clear();
        collect(memo, from, to, out.collector);
    }

    private void collect(LexiconMemo memo, int from, int to, Collector collector) {
        TokenizedText text = memo.text();
        LexiconProbe probe = new LexiconProbe(memo, collector);
        collector.memo = memo;
        for (int token = from; token < to; token++) {
            int sentence = text.sentence(token);
            int sentenceFrom = text.sentenceFrom(sentence);
            if (token > from && token - 1 > sentenceFrom && memo.repeatsPrevious(token)) {
                // A run of tokens each of whose reach repeats the one before: every look-up
                // there gives what it gave at the token before the run, so the run costs one
                // step instead of one look-up per pattern and token ("I I I…"). The first token
                // collected is looked up afresh: the token before it was not (a long sentence's
                // starts come a window at a time).
                int last = token;
                while (last + 1 < to && memo.repeatsPrevious(last + 1)) {
                    last++;
                }
                collector.extendTo(last);
                token = last;
                continue;
            }
            collector.at(token, token == sentenceFrom);
            if (collector.sentenceStart) {
                for (int id : anyAtSentenceStart) {
                    collector.accept(id);
                }
            }
            index.candidates(text, token, collector);
            probe.token = token;
            probe.limit = text.sentenceTo(sentence);
            lexiconFirstWords.candidates(text, token, probe);
        }
    }

    /** Asks each lexicon whose first words fit the token whether a whole entry matches, once per token. */
    private final class LexiconProbe implements WordIndex.Sink {
        private final LexiconMemo memo;
        private final Collector collector;
        private final short[][] slots;
        private final int[] last;
        private int token;
        private int limit;

        LexiconProbe(LexiconMemo memo, Collector collector) {
            this.memo = memo;
            this.collector = collector;
            this.slots = new short[lexicons.size()][];
            this.last = new int[lexicons.size()];
            Arrays.fill(last, -1);
        }

        @Override
        public void accept(int k) {
            if (last[k] == token) {
                return;
            }
            last[k] = token;
            if (slots[k] == null) {
                slots[k] = memo.of(lexicons.get(k));
            }
            if (memo.matchesAt(lexicons.get(k), slots[k], token, limit)) {
                for (int id : patternsOfLexicon[k]) {
                    collector.accept(id);
                }
            }
        }
    }

    /** A new holder of per-sentence candidates, reused sentence after sentence; one thread at a time. */
    public Starts starts() {
        return new Starts(new Collector(anchored.length));
    }

    /**
     * The candidates of one sentence: {@link #size()} patterns, each with its start tokens as
     * runs: a run {@code [first, last]} is a start at {@code first} and at each token after it
     * whose reach repeats the one before it ({@link TokenMatcher#repeatsPrevious}).
     */
    public static final class Starts {
        private final Collector collector;

        private Starts(Collector collector) {
            this.collector = collector;
        }

        public int size() {
            return collector.touched;
        }

        /** The i-th pattern with candidates (in the order first seen). */
        public int pattern(int i) {
            return collector.order[i];
        }

        /** The start tokens of the i-th pattern, ascending. */
        public int[] tokens(int i) {
            int id = collector.order[i];
            return expand(collector.runs[id], collector.counts[id]);
        }

        /**
         * The start tokens of the i-th pattern as runs, for {@link TokenMatcher#findRuns}: pairs
         * {@code first, last} (inclusive), ascending, in the first {@link #runsLength(int)} ints.
         */
        public int[] runs(int i) {
            return collector.runs[collector.order[i]];
        }

        /** How many ints of {@link #runs(int)} hold runs (twice the number of runs). */
        public int runsLength(int i) {
            return collector.counts[collector.order[i]];
        }

        void clear() {
            for (int i = 0; i < collector.touched; i++) {
                collector.counts[collector.order[i]] = 0;
            }
            collector.touched = 0;
        }
    }

    /** The tokens of the runs in {@code runs[0, length)}, one by one. */
    static int[] expand(int[] runs, int length) {
        int n = 0;
        for (int k = 0; k < length; k += 2) {
            n += runs[k + 1] - runs[k] + 1;
        }
        int[] out = new int[n];
        int i = 0;
        for (int k = 0; k < length; k += 2) {
            for (int t = runs[k]; t <= runs[k + 1]; t++) {
                out[i++] = t;
            }
        }
        return out;
    }

    private final class Collector implements WordIndex.Sink {
        /** For each pattern, its start runs as pairs first, last (see {@link Starts}), and the ints used. */
        private final int[][] runs;
        private final int[] counts;
        private final int[] last;
        /** The patterns with a candidate, in the order first seen, and how many there are. */
        private final int[] order;
        private int touched;
        /** The patterns accepted at the current token, and how many. */
        private final int[] here;
        private int hereCount;
        private int token;
        private boolean sentenceStart;
        private LexiconMemo memo;

        Collector(int patterns) {
            this.runs = new int[patterns][];
            this.counts = new int[patterns];
            this.last = new int[patterns];
            Arrays.fill(last, -1);
            Arrays.fill(runs, new int[0]);
            this.order = new int[patterns];
            this.here = new int[patterns];
        }

        void at(int token, boolean sentenceStart) {
            this.token = token;
            this.sentenceStart = sentenceStart;
            hereCount = 0;
        }

        @Override
        public void accept(int id) {
            if (last[id] == token || anchored[id] && !sentenceStart) {
                return;
            }
            last[id] = token;
            here[hereCount++] = id;
            int n = counts[id];
            if (n == 0) {
                order[touched++] = id;
            } else if (runs[id][n - 1] == token - 1 && memo != null && memo.repeatsPrevious(token)) {
                runs[id][n - 1] = token;
                return;
            }
            if (n + 2 > runs[id].length) {
                runs[id] = Arrays.copyOf(runs[id], Math.max(8, n * 2));
            }
            runs[id][n] = token;
            runs[id][n + 1] = token;
            counts[id] = n + 2;
        }

        /** The patterns accepted at the current token may start at every token up to {@code to} too. */
        void extendTo(int to) {
            for (int i = 0; i < hereCount; i++) {
                int id = here[i];
                runs[id][counts[id] - 1] = to;
                last[id] = to;
            }
            token = to;
        }

        int[][] result() {
            int[][] out = new int[runs.length][];
            for (int id = 0; id < runs.length; id++) {
                out[id] = expand(runs[id], counts[id]);
            }
            return out;
        }
    }
}
