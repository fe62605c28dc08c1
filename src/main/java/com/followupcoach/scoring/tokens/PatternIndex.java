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
        for (int token = from; token < to; token++) {
            int sentence = text.sentence(token);
            collector.token = token;
            collector.sentenceStart = token == text.sentenceFrom(sentence);
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

    /** The candidates of one sentence: {@link #size()} patterns, each with its start tokens. */
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
            return Arrays.copyOf(collector.starts[id], collector.counts[id]);
        }

        void clear() {
            for (int i = 0; i < collector.touched; i++) {
                collector.counts[collector.order[i]] = 0;
            }
            collector.touched = 0;
        }
    }

    private final class Collector implements WordIndex.Sink {
        private final int[][] starts;
        private final int[] counts;
        private final int[] last;
        /** The patterns with a candidate, in the order first seen, and how many there are. */
        private final int[] order;
        private int touched;
        private int token;
        private boolean sentenceStart;

        Collector(int patterns) {
            this.starts = new int[patterns][];
            this.counts = new int[patterns];
            this.last = new int[patterns];
            Arrays.fill(last, -1);
            Arrays.fill(starts, new int[0]);
            this.order = new int[patterns];
        }

        @Override
        public void accept(int id) {
            if (last[id] == token || anchored[id] && !sentenceStart) {
                return;
            }
            last[id] = token;
            if (counts[id] == 0) {
                order[touched++] = id;
            }
            if (counts[id] == starts[id].length) {
                starts[id] = Arrays.copyOf(starts[id], Math.max(8, counts[id] * 2));
            }
            starts[id][counts[id]++] = token;
        }

        int[][] result() {
            for (int id = 0; id < starts.length; id++) {
                starts[id] = Arrays.copyOf(starts[id], counts[id]);
            }
            return starts;
        }
    }
}
