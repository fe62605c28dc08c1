package com.followupcoach.scoring;

import com.followupcoach.scoring.rubric.Settings;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Severity;
import com.followupcoach.vocabulary.Status;
import java.util.List;

/**
 * The overall score (docs/scoring.md explains it for learners and trainers):
 *
 * <pre>
 *   score = round(100 * sum(points) / sum(max))   over assessed criteria
 *   points = weight when met, half the weight (rounded up) when partial, 0 when missing
 * </pre>
 *
 * then capped, because some faults outweigh any number of good points: no thanks or no
 * acceptance of the decision; a thank-you note instead of a reply; a harmful tone; a
 * demand, an argument or a plea for reversal; a placeholder or the wrong company. The lowest
 * applicable cap wins. A letter without words scores 0.
 */
final class ScoreFormula {

    private ScoreFormula() {
    }

    static int score(List<CriterionResult> results, List<Finding> findings, LetterFacts facts, Settings.Caps caps,
                     Settings.Length settings) {
        if (facts.text.words().isEmpty()) {
            return 0;
        }
        int points = results.stream().mapToInt(CriterionResult::points).sum();
        int max = results.stream().mapToInt(CriterionResult::max).sum();
        int score = max == 0 ? 0 : (int) Math.round(100.0 * points / max);
        if (missing(results, Criterion.GRATITUDE) || missing(results, Criterion.ACKNOWLEDGEMENT)) {
            score = Math.min(score, caps.missingEssential());
        }
        if (facts.genre.preDecisionNote()) {
            score = Math.min(score, caps.wrongGenre());
        }
        if (hasError(findings, Criterion.TONE)) {
            score = Math.min(score, caps.harmfulTone());
        }
        if (hasError(findings, Criterion.REALISTIC_EXPECTATIONS)) {
            score = Math.min(score, caps.realisticExpectations());
        }
        if (hasError(findings, Criterion.PERSONALIZATION)) {
            score = Math.min(score, caps.personalization());
        }
        if (caps.rambling() < 100 && Measures.rambles(facts, settings)) {
            score = Math.min(score, caps.rambling());
        }
        return Math.max(0, Math.min(100, score));
    }

    private static boolean missing(List<CriterionResult> results, Criterion criterion) {
        return results.stream().anyMatch(r -> r.criterion() == criterion && r.status() == Status.MISSING);
    }

    private static boolean hasError(List<Finding> findings, Criterion criterion) {
        return findings.stream().anyMatch(f -> f.criterion() == criterion && f.severity() == Severity.ERROR);
    }
}
