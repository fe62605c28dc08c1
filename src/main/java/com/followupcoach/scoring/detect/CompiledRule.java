package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.rubric.Rule;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.Span;
import com.followupcoach.scoring.text.TokenizedText;
import com.followupcoach.scoring.tokens.LexiconMemo;
import com.followupcoach.scoring.tokens.PatternIndex;
import com.followupcoach.scoring.tokens.TokenMatcher;
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
        return run(text, negation, matches.find(null), 0, matches.memo(), TokenMatches.NEVER);
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
     * @param tokenHits  the matches of every token pattern of the rule set
     * @param firstToken index in {@code tokenHits} of this rule's first token pattern
     * @param memo       the letter's lexicon memo, shared with the {@code unlessTokens} patterns
     * @param halvesFrom from how many characters a sentence is searched for {@code unlessTokens} in two
     *                   halves on two cores
     */
    List<RuleMatch> run(LetterText text, Negation negation, List<List<TokenHit>> tokenHits, int firstToken,
                        LexiconMemo memo, int halvesFrom) {
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
        Exceptions exceptions = new Exceptions(text, memo, halvesFrom);
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
     * The {@code unlessTokens} verdict for each sentence, found once: a sentence with many
     * matches is searched once, not once per match, so the cost stays linear in its length.
     */
    private final class Exceptions {
        private final LetterText text;
        private final LexiconMemo memo;
        private final int halvesFrom;
        private int tokenSentence = -1;
        private boolean tokenVerdict;
        private List<TokenMatcher> unlessTokens;

        Exceptions(LetterText text, LexiconMemo memo, int halvesFrom) {
            this.text = text;
            this.memo = memo;
            this.halvesFrom = halvesFrom;
        }

        boolean excepted(Span span) {
            return tokenExcepted(span);
        }

        /** {@code unlessTokens}: searched once in the sentence of the match's first token. */
        private boolean tokenExcepted(Span span) {
            if (rule.tokens().unless().isEmpty()) {
                return false;
            }
            TokenizedText tokens = text.tokens();
            int token = tokens.tokenFrom(span.start());
            if (token >= tokens.size()) {
                return false;
            }
            int sentence = tokens.sentence(token);
            if (sentence != tokenSentence) {
                tokenSentence = sentence;
                if (unlessTokens == null) {
                    unlessTokens = rule.tokens().unless().stream().map(p -> memo == null ? p.matcher(tokens) : p.matcher(memo)).toList();
                }
                int from = tokens.sentenceFrom(sentence);
                int to = tokens.sentenceTo(sentence);
                tokenVerdict = TokenMatches.halved(tokens, from, to, halvesFrom)
                        ? inHalves(tokens, from, to)
                        : unlessTokens.stream().anyMatch(m -> m.findInSentence(sentence));
            }
            return tokenVerdict;
        }

        /**
         * Whether an {@code unlessTokens} pattern matches in the long sentence {@code [from, to)}:
         * its second half is searched on the common pool's thread, through a lexicon memo of its
         * own, while this thread searches the first.
         */
        private boolean inHalves(TokenizedText tokens, int from, int to) {
            int middle = from + (to - from) / 2;
            Handover<Boolean> second = Handover.offer(() -> {
                LexiconMemo own = new LexiconMemo(tokens);
                return rule.tokens().unless().stream().anyMatch(p -> p.matcher(own).findBetween(middle, to));
            });
            boolean first = unlessTokens.stream().anyMatch(m -> m.findBetween(from, middle));
            return second.join() || first;
        }
    }
}
