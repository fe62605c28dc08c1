package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.rubric.RuleKind;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.Span;
import com.followupcoach.scoring.tokens.PatternIndex;
import com.followupcoach.scoring.tokens.TokenPattern;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * All rules of a rubric, compiled once and run over a letter: one pass over the tokens finds
 * where each token pattern may start (its possible first words). The rules are
 * fixed once built; the token matches of recently seen sentences are kept ({@link SentenceCache}),
 * so re-scoring after an edit matches the token patterns again only in the sentences it touched.
 * Safe for many threads.
 */
public final class RuleSet {

    private final List<CompiledRule> rules;
    private final Negation negation;
    private final List<TokenPattern> tokenPatterns;
    private final PatternIndex tokenLeads;
    private final SentenceCache sentences;
    private final int[] firstTokenPattern;
    /** Every rule's {@code unlessTokens} patterns, rule after rule, searched together ({@link UnlessSearch}). */
    private final List<TokenPattern> unlessPatterns;
    private final PatternIndex unlessLeads;
    private final int[] firstUnlessPattern;
    private final boolean anyTokenPattern;
    private final int halvesFrom;

    public RuleSet(Rubric rubric) {
        this(rubric, SentenceCache.MAX_SENTENCES);
    }

    /**
     * @param cachedSentences how many sentences' token matches to keep, at most
     *                        {@value SentenceCache#MAX_SENTENCES}; 0 matches every sentence every time
     */
    public RuleSet(Rubric rubric, int cachedSentences) {
        this(rubric, cachedSentences, HALVES_FROM);
    }

    /**
     * From how many characters one sentence's token patterns are matched in two halves on two
     * cores: a page holds about 3,000, so only a text without full stops gets there, and a
     * megabyte of one sentence then costs half the time on each core.
     */
    public static final int HALVES_FROM = 1 << 16;

    /**
     * @param halvesFrom from how many characters a sentence is matched in two halves on two
     *                   cores (tests force it with 0)
     */
    public RuleSet(Rubric rubric, int cachedSentences, int halvesFrom) {
        this.halvesFrom = halvesFrom;
        if (cachedSentences > SentenceCache.MAX_SENTENCES) {
            throw new IllegalArgumentException("at most " + SentenceCache.MAX_SENTENCES + " sentences");
        }
        this.sentences = new SentenceCache(cachedSentences);
        this.rules = rubric.rules().stream().map(CompiledRule::new).toList();
        this.negation = Negation.BY_SCOPE;
        List<TokenPattern> tokens = new ArrayList<>();
        List<TokenPattern> unless = new ArrayList<>();
        this.firstTokenPattern = new int[rules.size()];
        this.firstUnlessPattern = new int[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            firstTokenPattern[r] = tokens.size();
            tokens.addAll(rules.get(r).tokenPatterns());
            firstUnlessPattern[r] = unless.size();
            unless.addAll(rules.get(r).rule().tokens().unless());
        }
        this.tokenPatterns = List.copyOf(tokens);
        this.tokenLeads = new PatternIndex(tokens);
        this.unlessPatterns = List.copyOf(unless);
        this.unlessLeads = new PatternIndex(unless);
        this.anyTokenPattern = !tokens.isEmpty();
    }

    /** The most sentences a rule set keeps the token matches of. */
    public static final int MAX_CACHED_SENTENCES = SentenceCache.MAX_SENTENCES;

    /** How many sentences' token matches are kept now (at most {@value SentenceCache#MAX_SENTENCES}). */
    public int cachedSentences() {
        return sentences.size();
    }

    public Negation negation() {
        return negation;
    }

    /** Every surviving match, grouped by kind of rule, each group in rule order. */
    public Map<RuleKind, List<RuleMatch>> run(LetterText text) {
        Map<RuleKind, List<RuleMatch>> out = new EnumMap<>(RuleKind.class);
        for (RuleKind kind : RuleKind.values()) {
            out.put(kind, new ArrayList<>());
        }
        TokenMatches tokens = anyTokenPattern ? new TokenMatches(tokenPatterns, tokenLeads, text.tokens(), halvesFrom) : null;
        List<List<TokenHit>> tokenSpans = tokens == null ? List.of() : tokens.find(sentences.enabled() ? sentences : null);
        if (tokens == null) {
            return out; // every rule is a token rule: without token patterns nothing matches
        }
        UnlessSearch unless = new UnlessSearch(unlessPatterns, unlessLeads, tokens.memo(), halvesFrom,
                UnlessSearch.TOGETHER_FROM, tokens.sameAs());
        for (int r = 0; r < rules.size(); r++) {
            CompiledRule rule = rules.get(r);
            out.get(rule.rule().kind()).addAll(rule.run(text, negation, tokenSpans,
                    firstTokenPattern[r], unless, firstUnlessPattern[r]));
        }
        return out;
    }
}
