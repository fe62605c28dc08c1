package com.followupcoach.scoring.detect;

import java.util.List;
import java.util.Optional;

/**
 * Whether the letter is a thank-you note written before any decision rather than a reply
 * to a rejection: it shows a pre-decision sign ("I look forward to hearing your decision",
 * "thank you for interviewing me yesterday") and nothing that refers to a decision already
 * made. A rejection sign inside a pre-decision phrase ("once you have made your decision")
 * does not count as one.
 *
 * @param firstSign the first pre-decision sign, where the finding goes
 */
public record Genre(boolean preDecisionNote, Optional<RuleMatch> firstSign) {

    public static Genre judge(List<RuleMatch> preDecision, List<RuleMatch> rejection, List<RuleMatch> acceptance) {
        if (preDecision.isEmpty()) {
            return new Genre(false, Optional.empty());
        }
        boolean decided = rejection.stream().anyMatch(r -> outside(r, preDecision))
                || acceptance.stream().anyMatch(r -> outside(r, preDecision));
        Optional<RuleMatch> first = preDecision.stream()
                .min((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return new Genre(!decided, decided ? Optional.empty() : first);
    }

    private static boolean outside(RuleMatch m, List<RuleMatch> preDecision) {
        return preDecision.stream().noneMatch(p -> p.span().overlaps(m.span()));
    }
}
