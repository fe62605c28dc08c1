package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.rubric.Rule;
import com.followupcoach.scoring.text.Span;
import java.util.Optional;

/**
 * Where a rule matched, after negation and exceptions were applied.
 *
 * @param sentence   index of the sentence the match starts in, or -1
 * @param suggestion the rule's suggestion for this match, its {group} references filled in
 */
public record RuleMatch(Rule rule, Span span, int sentence, Optional<String> suggestion) {

    public RuleMatch(Rule rule, Span span, int sentence) {
        this(rule, span, sentence, Optional.empty());
    }
}
