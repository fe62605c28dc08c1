package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.rubric.Rule;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule ready to run on a letter. Its matches are the pattern matches that survive three
 * filters, in this order: overlapping matches of the same rule count once; a match whose
 * sentence matches an {@code unless} pattern is dropped ("reconsider my approach"); a
 * negated match is dropped when the rule is negatable. Finally a rule with
 * {@code minCount} reports nothing unless it matched that often.
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
        return run(text, negation, index.candidates(text.lower()), 0);
    }

    List<CompiledPattern> patterns() {
        return patterns;
    }

    /**
     * @param starts candidates for every pattern of the rule set
     * @param first  index in {@code starts} of this rule's first pattern
     */
    List<RuleMatch> run(LetterText text, Negation negation, int[][] starts, int first) {
        List<CompiledPattern.Hit> hits = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            patterns.get(i).findAll(text, starts[first + i], hits);
        }
        if (hits.isEmpty()) {
            return List.of();
        }
        hits.sort(Comparator.comparingInt((CompiledPattern.Hit h) -> h.span().start())
                .thenComparing(Comparator.comparingInt((CompiledPattern.Hit h) -> h.span().end()).reversed()));
        List<RuleMatch> out = new ArrayList<>();
        int lastEnd = -1;
        Exceptions exceptions = new Exceptions();
        for (CompiledPattern.Hit hit : hits) {
            Span span = hit.span();
            if (span.start() < lastEnd) {
                continue;
            }
            lastEnd = span.end();
            int sentence = text.sentenceAt(span.start());
            if (exceptions.excepted(text, span, sentence) || (rule.negatable() && negation.isNegated(text, span.start()))) {
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
        private int scopeStart = -1;
        private int regionEnd = -1;
        private boolean verdict;

        boolean excepted(LetterText text, Span span, int sentence) {
            if (rule.unless().isEmpty()) {
                return false;
            }
            Span scope = sentence >= 0 ? text.sentences().get(sentence) : text.lines().get(text.lineAt(span.start()));
            int end = Math.max(scope.end(), Math.min(span.end(), text.length()));
            if (scope.start() != scopeStart || end != regionEnd) {
                scopeStart = scope.start();
                regionEnd = end;
                verdict = search(text, scope.start(), end);
            }
            return verdict;
        }

        private boolean search(LetterText text, int from, int to) {
            for (Pattern p : rule.unless()) {
                Matcher m = p.matcher(text.norm());
                m.region(from, to);
                if (m.find()) {
                    return true;
                }
            }
            return false;
        }
    }
}
