package com.followupcoach.scoring.tokens;

import com.followupcoach.scoring.text.TokenizedText;
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

    public PatternIndex(List<TokenPattern> patterns) {
        this.anchored = new boolean[patterns.size()];
        for (int id = 0; id < patterns.size(); id++) {
            TokenPattern p = patterns.get(id);
            anchored[id] = p.anchored();
            if (!p.indexFirst(index, id)) {
                index.addAny(id);
            }
        }
    }

    /** For each pattern, in order, the tokens where it may start, ascending. */
    public int[][] candidates(TokenizedText text) {
        Collector collector = new Collector(anchored.length);
        collect(text, 0, text.size(), collector);
        return collector.result();
    }

    /**
     * The patterns that may start in the tokens {@code [from, to)} (one sentence), each with
     * its start tokens: only the patterns that can start there are listed, so a letter of
     * many short sentences does not pay for every pattern in every sentence.
     */
    public void candidates(TokenizedText text, int from, int to, Starts out) {
        out.clear();
        collect(text, from, to, out.collector);
    }

    private void collect(TokenizedText text, int from, int to, Collector collector) {
        for (int token = from; token < to; token++) {
            collector.token = token;
            collector.sentenceStart = token == text.sentenceFrom(text.sentence(token));
            index.candidates(text, token, collector);
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
