package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.rubric.RuleKind;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.tokens.PatternIndex;
import com.followupcoach.scoring.tokens.TokenPattern;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * All rules of a rubric, compiled once and run over a letter: one pass finds every rule's
 * literal leads, then each pattern is tried only where its leads occur; likewise one pass over
 * the tokens finds where each token pattern may start (its possible first words). Immutable; shareable.
 */
public final class RuleSet {

    private final List<CompiledRule> rules;
    private final Negation negation;
    private final LeadIndex leads;
    private final int[] firstPattern;
    private final PatternIndex tokenLeads;
    private final int[] firstTokenPattern;
    private final boolean anyTokenPattern;

    public RuleSet(Rubric rubric) {
        this.rules = rubric.rules().stream().map(CompiledRule::new).toList();
        this.negation = Negation.BY_SCOPE;
        List<CompiledPattern> all = new ArrayList<>();
        this.firstPattern = new int[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            firstPattern[r] = all.size();
            all.addAll(rules.get(r).patterns());
        }
        this.leads = new LeadIndex(all);
        List<TokenPattern> tokens = new ArrayList<>();
        this.firstTokenPattern = new int[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            firstTokenPattern[r] = tokens.size();
            tokens.addAll(rules.get(r).tokenPatterns());
        }
        this.tokenLeads = new PatternIndex(tokens);
        this.anyTokenPattern = !tokens.isEmpty();
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
        int[][] starts = leads.candidates(text.lower());
        int[][] tokenStarts = anyTokenPattern ? tokenLeads.candidates(text.tokens()) : new int[0][];
        for (int r = 0; r < rules.size(); r++) {
            CompiledRule rule = rules.get(r);
            out.get(rule.rule().kind()).addAll(rule.run(text, negation, starts, firstPattern[r], tokenStarts,
                    firstTokenPattern[r]));
        }
        return out;
    }
}
