package com.followupcoach.scoring.tokens;

import com.followupcoach.scoring.text.TokenizedText;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds, for one token, the ids (patterns, lexicon entries) whose first word may match it,
 * by its lower form, its stem and its prefixes, without trying the others: so the work per
 * token depends on what can start there, not on how many patterns or entries exist.
 * Filled once, then read only.
 */
final class WordIndex {

    /** Receives candidate ids; an id may be reported more than once for the same token. */
    interface Sink {
        void accept(int id);
    }

    private final Map<String, int[]> byLower = new HashMap<>();
    private final Map<String, int[]> byStem = new HashMap<>();
    private final Node prefixes = new Node();
    private int[] any = new int[0];

    void add(WordTest word, int id) {
        switch (word.kind()) {
            case LITERAL -> byLower.merge(word.value(), new int[] {id}, WordIndex::join);
            case EXACT -> byLower.merge(word.value().toLowerCase(java.util.Locale.ROOT), new int[] {id}, WordIndex::join);
            case CAPITALISED, CAPITALS, WORD -> addAny(id);
            case STEM -> byStem.merge(word.value(), new int[] {id}, WordIndex::join);
            // (join keeps an id once: a pattern whose lexicon has many entries starting with
            // "i" is offered each "i" token once, not once per entry)
            case PREFIX -> {
                Node node = prefixes;
                for (int i = 0; i < word.value().length(); i++) {
                    node = node.child(word.value().charAt(i), true);
                }
                node.ids = join(node.ids, new int[] {id});
            }
        }
    }

    /** The id may start at any token (its first element is {@code !x} or a gap after {@code ^}). */
    void addAny(int id) {
        any = join(any, new int[] {id});
    }

    void candidates(TokenizedText text, int token, Sink out) {
        emit(byLower.get(text.lower(token)), out);
        emit(byStem.get(text.stem(token)), out);
        emit(any, out);
        String lower = text.lower(token);
        Node node = prefixes;
        for (int i = 0; i < lower.length(); i++) {
            node = node.child(lower.charAt(i), false);
            if (node == null) {
                return;
            }
            emit(node.ids, out);
        }
    }

    /**
     * Whether {@link #candidates} would report any id for the token, found without reporting
     * them: most tokens start no entry of a lexicon, and asking this first costs no allocation.
     */
    boolean hasCandidates(TokenizedText text, int token) {
        if (any.length > 0) {
            return true;
        }
        String lower = text.lower(token);
        int[] ids = byLower.get(lower);
        if (ids != null && ids.length > 0) {
            return true;
        }
        ids = byStem.get(text.stem(token));
        if (ids != null && ids.length > 0) {
            return true;
        }
        Node node = prefixes;
        for (int i = 0; i < lower.length(); i++) {
            node = node.child(lower.charAt(i), false);
            if (node == null) {
                return false;
            }
            if (node.ids.length > 0) {
                return true;
            }
        }
        return false;
    }

    private static void emit(int[] ids, Sink out) {
        if (ids != null) {
            for (int id : ids) {
                out.accept(id);
            }
        }
    }

    /** The ids of {@code a} then of {@code b}; an id repeated at the seam is kept once. */
    static int[] join(int[] a, int[] b) {
        if (a.length > 0 && b.length == 1 && a[a.length - 1] == b[0]) {
            return a; // ids come in order, so a repeat is always the last one
        }
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A node of the prefix trie: the ids whose prefix ends here, and the next characters. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] kids = new Node[0];
        private int[] ids = new int[0];

        Node child(char c, boolean create) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return kids[i];
                }
            }
            if (!create) {
                return null;
            }
            keys = Arrays.copyOf(keys, keys.length + 1);
            kids = Arrays.copyOf(kids, kids.length + 1);
            keys[keys.length - 1] = c;
            kids[kids.length - 1] = new Node();
            return kids[kids.length - 1];
        }
    }
}
