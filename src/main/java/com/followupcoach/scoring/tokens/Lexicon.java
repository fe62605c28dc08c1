package com.followupcoach.scoring.tokens;

import com.followupcoach.scoring.text.Language;
import com.followupcoach.scoring.text.TokenizedText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A named word class read from {@code lexicons/<name>.txt} beside the rubric: entries of one
 * or more words, each a literal word, a {@code prefix*} or a {@code ~stem}. A token pattern
 * names it as {@code @name}. Entries are found by their first word through an index, so a
 * lexicon of thousands of entries costs no more per token than one of ten. Immutable.
 */
public final class Lexicon implements Language.PhraseFinder {

    private final String name;
    private final List<List<WordTest>> entries;
    /** Entries of one word, and those whose second word is not a plain word, by first word. */
    private final WordIndex firstWords = new WordIndex();
    /**
     * Entries whose second word is a plain word, by that word: a token "i" is then offered only
     * the entries that go on with the word after it ("i apologise"), not every entry that begins
     * with "i". A second word starts few entries, so they are tried in turn rather than indexed
     * again by their first (an index of their own for each of some five thousand second words
     * held about 2 MB of the rubric's 9).
     */
    private final Map<String, int[]> bySecondWord = new HashMap<>();
    private final int longest;

    public Lexicon(String name, List<List<WordTest>> entries) {
        this.name = name;
        this.entries = entries.stream().map(List::copyOf).toList();
        int max = 0;
        for (int e = 0; e < this.entries.size(); e++) {
            List<WordTest> entry = this.entries.get(e);
            if (entry.isEmpty()) {
                throw new IllegalArgumentException("empty entry in lexicon " + name);
            }
            if (entry.size() > 1 && entry.get(1).kind() == WordTest.Kind.LITERAL) {
                bySecondWord.merge(entry.get(1).value(), new int[] {e}, WordIndex::join);
            } else {
                firstWords.add(entry.get(0), e);
            }
            max = Math.max(max, entry.size());
        }
        this.longest = max;
    }

    public String name() {
        return name;
    }

    public List<List<WordTest>> entries() {
        return entries;
    }

    /** The number of words of its longest entry. */
    public int longest() {
        return longest;
    }

    /** Adds the first words of every entry to a pattern index, under the pattern's id. */
    void indexFirstWords(WordIndex index, int id) {
        for (List<WordTest> entry : entries) {
            index.add(entry.get(0), id);
        }
    }

    /**
     * Marks {@code lengths[n]} for every entry of n words that matches the tokens from
     * {@code token} (before {@code limit}).
     *
     * @param lengths at least {@link #longest()} + 1 long
     * @return the longest length found, 0 when none
     */
    int lengthsAt(TokenizedText text, int token, int limit, boolean[] lengths) {
        if (token >= limit) {
            return 0;
        }
        if (!mayStartAt(text, token, limit)) {
            return 0; // the common case, answered without building the check below
        }
        int[] second = token + 1 < limit ? bySecondWord.get(text.lower(token + 1)) : null;
        int[] best = {0};
        WordIndex.Sink check = e -> {
            List<WordTest> entry = entries.get(e);
            int n = entry.size();
            if (token + n > limit || lengths[n] && n <= best[0]) {
                return;
            }
            for (int k = 1; k < n; k++) {
                if (!entry.get(k).test(text, token + k)) {
                    return;
                }
            }
            if (entry.get(0).test(text, token)) {
                lengths[n] = true;
                best[0] = Math.max(best[0], n);
            }
        };
        firstWords.candidates(text, token, check);
        if (second != null) {
            for (int e : second) {
                check.accept(e);
            }
        }
        return best[0];
    }

    /** Whether an entry's first word (or, for an entry indexed by its second, both) may fit from the token. */
    private boolean mayStartAt(TokenizedText text, int token, int limit) {
        if (firstWords.hasCandidates(text, token)) {
            return true;
        }
        int[] second = token + 1 < limit ? bySecondWord.get(text.lower(token + 1)) : null;
        if (second != null) {
            for (int e : second) {
                if (entries.get(e).get(0).test(text, token)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** For the language layer: the longest entry starting at the token (its irony markers). */
    @Override
    public int longestAt(TokenizedText text, int token, int limit) {
        if (token >= limit || !mayStartAt(text, token, limit)) {
            return 0;
        }
        return lengthsAt(text, token, limit, new boolean[longest + 1]);
    }

    @Override
    public String toString() {
        return "@" + name;
    }
}
