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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule ready to run on a letter. Its matches are the matches of its regular expressions and
 * of its token patterns that survive three filters, in this order: overlapping matches of the
 * same rule count once; a match whose sentence matches an {@code unless} pattern (or an
 * {@code unlessTokens} token pattern) is dropped ("reconsider my approach"); a negated match
 * is dropped when the rule is negatable. Finally a rule with {@code minCount} reports nothing
 * unless it matched that often.
 */
public final class CompiledRule {

    private final Rule rule;
    private final List<CompiledPattern> patterns;

    public CompiledRule(Rule rule) {
        this.rule = rule;
        List<CompiledPattern> compiled = new ArrayList<>();
        for (int i = 0; i < rule.patterns().size(); i++) {
            compiled.add(new CompiledPattern(rule.patterns().get(i), rule.suggestionFor(i)));
        }
        this.patterns = List.copyOf(compiled);
    }

    public Rule rule() {
        return rule;
    }

    /** Runs the rule alone (rule examples, tests); {@link RuleSet} shares one lead scan across rules. */
    public List<RuleMatch> run(LetterText text, Negation negation) {
        LeadIndex index = new LeadIndex(patterns);
        List<TokenPattern> tokens = tokenPatterns();
        if (tokens.isEmpty()) {
            return run(text, negation, index.candidates(text.lower()), 0, List.of(), 0, null);
        }
        TokenMatches matches = new TokenMatches(tokens, new PatternIndex(tokens), text.tokens());
        return run(text, negation, index.candidates(text.lower()), 0, matches.find(null), 0, matches.memo());
    }

    List<CompiledPattern> patterns() {
        return patterns;
    }

    List<TokenPattern> tokenPatterns() {
        return rule.tokens().patterns();
    }

    /**
     * @param starts      candidates for every pattern of the rule set
     * @param first       index in {@code starts} of this rule's first pattern
     * @param tokenSpans the matches of every token pattern of the rule set
     * @param firstToken  index in {@code tokenSpans} of this rule's first token pattern
     * @param memo        the letter's lexicon memo (null when the rule set has no token pattern)
     */
    List<RuleMatch> run(LetterText text, Negation negation, int[][] starts, int first, List<List<TokenHit>> tokenSpans,
                        int firstToken, LexiconMemo memo) {
        List<CompiledPattern.Hit> hits = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            patterns.get(i).findAll(text, starts[first + i], hits);
        }
        List<TokenPattern> tokens = tokenPatterns();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<String> template = rule.tokenSuggestionFor(i);
            for (TokenHit hit : tokenSpans.get(firstToken + i)) {
                Span span = hit.highlight();
                hits.add(new CompiledPattern.Hit(span, Suggestions.fillParts(template, tokens.get(i), hit.parts(), text.original(),
                        text.norm().substring(span.start(), span.end()))));
            }
        }
        if (hits.isEmpty()) {
            return List.of();
        }
        hits.sort(Comparator.comparingInt((CompiledPattern.Hit h) -> h.span().start())
                .thenComparing(Comparator.comparingInt((CompiledPattern.Hit h) -> h.span().end()).reversed()));
        List<RuleMatch> out = new ArrayList<>();
        int lastEnd = -1;
        Exceptions exceptions = new Exceptions(text, memo);
        for (CompiledPattern.Hit hit : hits) {
            Span span = hit.span();
            if (span.start() < lastEnd) {
                continue;
            }
            lastEnd = span.end();
            int sentence = text.sentenceAt(span.start());
            if (exceptions.excepted(span, sentence) || (rule.negatable() && negation.isNegated(text, span.start()))) {
                continue;
            }
            out.add(new RuleMatch(rule, span, sentence, hit.suggestion()));
        }
        return out.size() >= rule.minCount() ? out : List.of();
    }

    /**
     * The {@code unless} verdict for each scope, found once: a sentence with many matches
     * is searched once, not once per match, so the cost stays linear in its length.
     */
    private final class Exceptions {
        private final LetterText text;
        private final LexiconMemo memo;
        private int scopeStart = -1;
        private int regionEnd = -1;
        private boolean verdict;
        private int tokenSentence = -1;
        private boolean tokenVerdict;
        private List<TokenMatcher> unlessTokens;

        Exceptions(LetterText text, LexiconMemo memo) {
            this.text = text;
            this.memo = memo;
        }

        boolean excepted(Span span, int sentence) {
            return regexExcepted(span, sentence) || tokenExcepted(span);
        }

        private boolean regexExcepted(Span span, int sentence) {
            if (rule.unless().isEmpty()) {
                return false;
            }
            Span scope = sentence >= 0 ? text.sentences().get(sentence) : text.lines().get(text.lineAt(span.start()));
            int end = Math.max(scope.end(), Math.min(span.end(), text.length()));
            if (scope.start() != scopeStart || end != regionEnd) {
                scopeStart = scope.start();
                regionEnd = end;
                verdict = search(scope.start(), end);
            }
            return verdict;
        }

        private boolean search(int from, int to) {
            for (Pattern p : rule.unless()) {
                Matcher m = p.matcher(text.norm());
                m.region(from, to);
                if (m.find()) {
                    return true;
                }
            }
            return false;
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
                tokenVerdict = unlessTokens.stream().anyMatch(m -> m.findInSentence(sentence));
            }
            return tokenVerdict;
        }
    }
}
