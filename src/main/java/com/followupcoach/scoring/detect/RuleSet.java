package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.rubric.RuleKind;
import com.followupcoach.scoring.text.LetterText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** All rules of a rubric, compiled once and run over a letter. Immutable; shareable. */
public final class RuleSet {

    private final List<CompiledRule> rules;
    private final Negation negation;

    public RuleSet(Rubric rubric) {
        this.rules = rubric.rules().stream().map(CompiledRule::new).toList();
        this.negation = new Negation(rubric.settings().negation());
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
        for (CompiledRule rule : rules) {
            out.get(rule.rule().kind()).addAll(rule.run(text, negation));
        }
        return out;
    }
}
