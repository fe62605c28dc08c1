package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.rubric.Rule;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.Span;
import com.followupcoach.scoring.text.TokenizedText;
import com.followupcoach.scoring.tokens.PatternIndex;
import com.followupcoach.scoring.tokens.TokenPattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A rule ready to run on a letter. Its matches are the matches of its token patterns that
 * survive three filters, in this order: overlapping matches of the same rule count once; a
 * match whose sentence matches an {@code unlessTokens} pattern is dropped ("reconsider my
 * approach"); a negated match is dropped when the rule is negatable. Finally a rule with
 * {@code minCount} reports nothing unless it matched that often.
 */
public final class CompiledRule {

    private final Rule rule;

    public CompiledRule(Rule rule) {
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }

    /** Runs the rule alone (rule examples, tests); {@link RuleSet} shares one pass across rules. */
    public List<RuleMatch> run(LetterText text, Negation negation) {
        List<TokenPattern> tokens = tokenPatterns();
        TokenMatches matches = new TokenMatches(tokens, new PatternIndex(tokens), text.tokens());
        List<TokenPattern> unless = rule.tokens().unless();
        return run(text, negation, matches.find(null), 0,
                new UnlessSearch(unless, new PatternIndex(unless), matches.memo(), TokenMatches.NEVER), 0);
    }

    List<TokenPattern> tokenPatterns() {
        return rule.tokens().patterns();
    }

    /**
     * A match before the filters: where it is, and its pattern and parts, from which its
     * suggestion is filled once it has passed them (most matches in a run of one repeated
     * phrase overlap and are dropped).
     */
    private record Hit(Span span, int pattern, Span[] parts) {
    }

    /**
     * @param tokenHits   the matches of every token pattern of the rule set
     * @param firstToken  index in {@code tokenHits} of this rule's first token pattern
     * @param unless      where the rule set's {@code unlessTokens} patterns match
     * @param firstUnless the number there of this rule's first {@code unlessTokens} pattern
     */
    List<RuleMatch> run(LetterText text, Negation negation, List<List<TokenHit>> tokenHits, int firstToken,
                        UnlessSearch unless, int firstUnless) {
        List<Hit> hits = new ArrayList<>();
        List<TokenPattern> tokens = tokenPatterns();
        for (int i = 0; i < tokens.size(); i++) {
            for (TokenHit hit : tokenHits.get(firstToken + i)) {
                hits.add(new Hit(hit.highlight(), i, hit.parts()));
            }
        }
        if (hits.isEmpty()) {
            return List.of();
        }
        hits.sort(Comparator.comparingInt((Hit h) -> h.span().start())
                .thenComparing(Comparator.comparingInt((Hit h) -> h.span().end()).reversed()));
        List<RuleMatch> out = new ArrayList<>();
        int lastEnd = -1;
        Exceptions exceptions = new Exceptions(text.tokens(), unless, firstUnless);
        for (Hit hit : hits) {
            Span span = hit.span();
            if (span.start() < lastEnd) {
                continue;
            }
            lastEnd = span.end();
            int sentence = text.sentenceAt(span.start());
            if (exceptions.excepted(span) || (rule.negatable() && negation.isNegated(text, span.start()))) {
                continue;
            }
            out.add(new RuleMatch(rule, span, sentence, Suggestions.fillParts(rule.tokenSuggestionFor(hit.pattern()),
                    tokens.get(hit.pattern()), hit.parts(), text.original(),
                    text.norm().substring(span.start(), span.end()))));
        }
        return out.size() >= rule.minCount() ? out : List.of();
    }

    /**
     * {@code unlessTokens}: whether one of the rule's exceptions matches in the sentence of the
     * match's first token, asked once per sentence: a sentence with many matches is searched
     * once, not once per match, so the cost stays linear in its length.
     */
    private final class Exceptions {
        private final TokenizedText tokens;
        private final UnlessSearch unless;
        private final int first;
        private final int count;
        private int sentence = -1;
        private boolean verdict;

        Exceptions(TokenizedText tokens, UnlessSearch unless, int first) {
            this.tokens = tokens;
            this.unless = unless;
            this.first = first;
            this.count = rule.tokens().unless().size();
        }

        boolean excepted(Span span) {
            if (count == 0) {
                return false;
            }
            int token = tokens.tokenFrom(span.start());
            if (token >= tokens.size()) {
                return false;
            }
            if (tokens.sentence(token) != sentence) {
                sentence = tokens.sentence(token);
                verdict = unless.anyIn(sentence, first, count);
            }
            return verdict;
        }
    }
}
