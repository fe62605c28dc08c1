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
    private final List<String> partNames;

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
        List<String> names = new java.util.ArrayList<>();
        for (Element e : this.elements) {
            if (e.kind == Element.Kind.PART_OPEN) {
                names.add(e.name);
            }
        }
        this.partNames = java.util.Collections.unmodifiableList(names);
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

    /**
     * A pattern compiled before, read back (from a rubric's snapshot): the same pattern as
     * {@link #compile} gives, without the checks for the phrase and contraction traps, which
     * look at the text alone and which it passed when it was first compiled. On a cold start
     * they were about half the cost of compiling the built-in rubric's patterns.
     *
     * @throws TokenPatternException when the pattern is not valid (a lexicon it names is missing)
     */
    public static TokenPattern recompile(String written, Map<String, Lexicon> lexicons) throws TokenPatternException {
        return new TokenPattern(written, TokenPatternParser.parse(written, lexicons, false));
    }

    /**
     * The patterns a text stands for: one, or one for each phrasing its groups
     * {@code { a b | c }} allow, in the order written.
     *
     * @throws TokenPatternException with a one-line message when a pattern is not valid
     */
    public static List<TokenPattern> compileAll(String written, Map<String, Lexicon> lexicons)
            throws TokenPatternException {
        List<TokenPattern> out = new java.util.ArrayList<>();
        for (String variant : TokenPatternParser.expand(written)) {
            out.add(new TokenPattern(variant, TokenPatternParser.parse(variant, lexicons)));
        }
        return out;
    }

    /** The names of the lexicons a pattern text refers to ({@code @name}), to load them before compiling. */
    public static Set<String> lexiconNames(String written) {
        return TokenPatternParser.lexiconNames(written);
    }

    public String source() {
        return source;
    }

    /**
     * The pattern's parts ({@code {name: ... }}), in the order their braces open; an unnamed
     * part ({@code { ... }}) is a {@code null} entry. A match's part {@code i} is
     * {@link TokenMatcher#part(int)}.
     */
    public List<String> partNames() {
        return partNames;
    }

    /** Whether the pattern asks for case anywhere ({@code =word}, {@code %cap}, {@code %caps}). */
    public boolean caseAware() {
        for (Element e : elements) {
            for (Element side : e.sides()) {
                for (WordTest w : side.words) {
                    if (w.kind() == WordTest.Kind.EXACT || w.kind() == WordTest.Kind.CAPITALISED
                            || w.kind() == WordTest.Kind.CAPITALS) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The number of the part called {@code name}, or -1 when the pattern has none. */
    public int partIndex(String name) {
        return name == null ? -1 : partNames.indexOf(name);
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
        int optionalParts = 0;
        for (int i = 0; i < elements.length; i++) {
            Element e = elements[i];
            switch (e.kind) {
                case OPEN, CLOSE, START -> {
                }
                case PART_OPEN -> optionalParts += e.optional ? 1 : 0;
                case PART_CLOSE -> optionalParts -= e.optional ? 1 : 0;
                case TOKEN -> {
                    if (e.positiveSide() == null || e.anyToken) {
                        return -1;
                    }
                    if (!e.optional && optionalParts == 0) {
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
            if (e.kind != Element.Kind.OPEN && e.kind != Element.Kind.CLOSE && e.kind != Element.Kind.PART_OPEN
                    && e.kind != Element.Kind.PART_CLOSE) {
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
