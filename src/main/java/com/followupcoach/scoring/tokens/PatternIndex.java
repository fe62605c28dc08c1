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
        for (int token = 0; token < text.size(); token++) {
            collector.token = token;
            collector.sentenceStart = token == text.sentenceFrom(text.sentence(token));
            index.candidates(text, token, collector);
        }
        return collector.result();
    }

    private final class Collector implements WordIndex.Sink {
        private final int[][] starts;
        private final int[] counts;
        private final int[] last;
        private int token;
        private boolean sentenceStart;

        Collector(int patterns) {
            this.starts = new int[patterns][];
            this.counts = new int[patterns];
            this.last = new int[patterns];
            Arrays.fill(last, -1);
            Arrays.fill(starts, new int[0]);
        }

        @Override
        public void accept(int id) {
            if (last[id] == token || anchored[id] && !sentenceStart) {
                return;
            }
            last[id] = token;
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
