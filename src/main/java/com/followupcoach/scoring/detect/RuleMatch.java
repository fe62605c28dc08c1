package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.rubric.Rule;
import com.followupcoach.scoring.text.Span;

/**
 * Where a rule matched, after negation and exceptions were applied.
 *
 * @param sentence index of the sentence the match starts in, or -1
 */
public record RuleMatch(Rule rule, Span span, int sentence) {
}
