package com.followupcoach.scoring.tokens;

import com.followupcoach.scoring.text.TokenizedText;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled token pattern (the syntax is at the top of lessons/rubric.yaml). Every match
 * lies inside one sentence. For each start token the first match is taken in this order of
 * preference: an optional element present rather than absent, a lexicon's longer entry before
 * a shorter one, a gap as short as possible. The work per start token is bounded by the
 * pattern alone (see {@link TokenMatcher}), so a letter costs time linear in its tokens.
 * Immutable and shareable between threads.
 */
public final class TokenPattern {

    private final String source;
    private final Element[] elements;
    private final int widest;
    private final boolean anchored;
    private final boolean anyFirst;
    private final boolean highlighted;
    private final WordIndex first = new WordIndex();

    private TokenPattern(String source, List<Element> elements) {
        this.source = source;
        this.elements = elements.toArray(Element[]::new);
        int w = 0;
        boolean marks = false;
        for (Element e : this.elements) {
            w += e.widest();
            marks |= e.kind == Element.Kind.OPEN;
        }
        this.widest = w;
        this.highlighted = marks;
        this.anchored = firstCore().kind == Element.Kind.START;
        this.anyFirst = !indexFirst(first, 0, null);
    }

    /**
     * @param lexicons the lexicons the pattern may name, by name (see {@link #lexiconNames})
     * @throws TokenPatternException with a one-line message when the pattern is not valid
     */
    public static TokenPattern compile(String written, Map<String, Lexicon> lexicons) throws TokenPatternException {
        return new TokenPattern(written, TokenPatternParser.parse(written, lexicons));
    }

    /** The names of the lexicons a pattern text refers to ({@code @name}), to load them before compiling. */
    public static Set<String> lexiconNames(String written) {
        return TokenPatternParser.lexiconNames(written);
    }

    public String source() {
        return source;
    }

    /** A matcher of this pattern over one letter's tokens; one thread at a time. */
    public TokenMatcher matcher(TokenizedText text) {
        return new TokenMatcher(this, new LexiconMemo(text));
    }

    /**
     * A matcher that shares the letter's lexicon look-ups with the other patterns' matchers
     * made with the same memo; one thread at a time.
     */
    public TokenMatcher matcher(LexiconMemo memo) {
        return new TokenMatcher(this, memo);
    }

    Element[] elements() {
        return elements;
    }

    /** The most tokens one match can span. */
    int widest() {
        return widest;
    }

    boolean highlighted() {
        return highlighted;
    }

    /** The pattern begins with {@code ^}: it can start only at a sentence's first token. */
    boolean anchored() {
        return anchored;
    }

    /** Whether the pattern may start a match at the token (by its possible first words). */
    boolean mayStartAt(TokenizedText text, int token, WordIndex.Sink probe, boolean[] found) {
        if (anchored && token != text.sentenceFrom(text.sentence(token))) {
            return false;
        }
        if (anyFirst) {
            return true;
        }
        found[0] = false;
        first.candidates(text, token, probe);
        return found[0];
    }

    /**
     * Adds the words that may be the pattern's first token to an index under {@code id}; the
     * lexicons among the alternatives go to {@code lexiconsOut} when it is given (to be asked
     * whether a whole entry matches), else their entries' first words go to the index.
     *
     * @return false when any token may start it (a first {@code !x}, or a gap after {@code ^}):
     *         then nothing was added and the caller must try it everywhere
     */
    boolean indexFirst(WordIndex index, int id, List<Lexicon> lexiconsOut) {
        int last = lastFirstCandidate();
        if (last < 0) {
            return false;
        }
        for (int i = 0; i <= last; i++) {
            if (elements[i].kind == Element.Kind.TOKEN) {
                elements[i].indexFirst(index, id, lexiconsOut);
            }
        }
        return true;
    }

    /**
     * The element up to which the first token is decided: the first required token, with the
     * optional ones before it; -1 when a negated token, a gap or $ comes first.
     */
    private int lastFirstCandidate() {
        for (int i = 0; i < elements.length; i++) {
            Element e = elements[i];
            switch (e.kind) {
                case OPEN, CLOSE, START -> {
                }
                case TOKEN -> {
                    if (e.negated) {
                        return -1;
                    }
                    if (!e.optional) {
                        return i;
                    }
                }
                default -> {
                    return -1;
                }
            }
        }
        return -1;
    }

    private Element firstCore() {
        for (Element e : elements) {
            if (e.kind != Element.Kind.OPEN && e.kind != Element.Kind.CLOSE) {
                return e;
            }
        }
        return elements[0];
    }

    @Override
    public String toString() {
        return source;
    }
}
