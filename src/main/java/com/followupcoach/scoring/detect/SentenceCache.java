package com.followupcoach.scoring.detect;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The token-rule matches of recently seen sentences, so that re-scoring a letter after an edit
 * re-analyses only the sentences the edit touched. A sentence is keyed by its tokens as written
 * and what the language layer says of each (negated, quoted, ironic): everything a token match
 * depends on (the stems, clauses, anchors, case tests and candidate starts all follow from
 * them), so a hit gives exactly what matching it again would.
 *
 * <p>It keeps the {@value #MAX_SENTENCES} sentences used last (unless told fewer) and forgets the oldest: a letter of
 * 1,000 words has about 60 sentences, so this holds the letters a learner has open many times
 * over, while an hour of typing (a new version of the edited sentence at every pause, a few
 * thousand in all) cannot make it grow. A sentence of more than {@value #MAX_TOKENS} tokens is not
 * kept (no letter sentence is that long; a pasted page without a full stop would only take room),
 * so the cache holds at most about 1,024 × 256 tokens: a few megabytes at worst, a few hundred
 * kilobytes for real letters. Safe for many threads (one lock around the map; the matching itself
 * runs outside it).
 */
final class SentenceCache {

    static final int MAX_SENTENCES = 1_024;
    static final int MAX_TOKENS = 256;

    private final int capacity;
    private final Map<String, SentenceHits> entries;

    /** @param capacity how many sentences to keep, 0 to keep none */
    SentenceCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 256), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SentenceHits> eldest) {
                return size() > SentenceCache.this.capacity;
            }
        };
    }

    /** Whether anything is kept at all. */
    boolean enabled() {
        return capacity > 0;
    }

    synchronized SentenceHits get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, SentenceHits hits) {
        entries.put(key, hits);
    }

    synchronized int size() {
        return entries.size();
    }
}
