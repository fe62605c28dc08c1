package com.followupcoach.scoring.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The Snowball English (Porter2) stem of a lower-case word, from opennlp-tools: "thanks",
 * "thanked", "thanking" all give "thank". For a word with an apostrophe the part before it
 * is stemmed ("company's" gives "compani", "don't" gives "don"), so a possessive or a
 * contraction meets its plain word. Safe to call from any thread.
 */
public final class Stems {

    /** Longer "words" (a URL, 1 MB without a space) are not English words: kept as they are. */
    private static final int LONGEST_STEMMED = 40;
    /** Words of a language repeat; past this many the cache stops growing (memory stays bounded). */
    private static final int CACHE_LIMIT = 50_000;

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    // the stemmer keeps state between calls, so each thread has its own
    private static final ThreadLocal<SnowballStemmer> STEMMER =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    private Stems() {
    }

    public static String of(String lower) {
        int apostrophe = lower.indexOf('\'');
        String word = apostrophe > 0 ? lower.substring(0, apostrophe) : lower;
        if (word.length() > LONGEST_STEMMED || !hasLetter(word)) {
            return word;
        }
        String cached = CACHE.get(word);
        if (cached != null) {
            return cached;
        }
        String stem = STEMMER.get().stem(word).toString();
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(word, stem);
        }
        return stem;
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
