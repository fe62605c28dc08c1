package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Readability;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Severity;
import com.followupcoach.vocabulary.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A scorer with known wording, so tests of the finding card do not depend on the real
 * engine's messages: every "awesome" is a tone warning with a suggested replacement.
 */
final class StubScorer implements CritiqueService.Scorer {

    static final String CASUAL = "awesome";
    static final String SUGGESTION = "very helpful";
    static final String MESSAGE = "Too casual for this letter.";
    /** The checklist's line for the tone: the card must not repeat it as its reason. */
    static final String TONE_LINE = "The tone slips in places.";
    static final String LESSON = "asking-for-feedback";
    /** A draft with no body yet: like the engine, the stub judges nothing in it. */
    static final String GREETING_ONLY = "Dear Ms Shah,";

    volatile Scenario lastScenario = Scenario.NONE;

    /** How many letters were scored: tests see that a superseded request never ran. */
    final java.util.concurrent.atomic.AtomicInteger scored = new java.util.concurrent.atomic.AtomicInteger();

    Critique apply(String text, Scenario scenario) {
        return score(text, scenario, finding -> false);
    }

    /** Like the engine, a dismissed finding counts for nothing: the tone is met again. */
    @Override
    public Critique score(String text, Scenario scenario, Predicate<Finding> dismissed) {
        scored.incrementAndGet();
        lastScenario = scenario;
        List<Finding> findings = new ArrayList<>();
        for (int at = text.indexOf(CASUAL); at >= 0; at = text.indexOf(CASUAL, at + 1)) {
            Finding finding = new Finding(at, at + CASUAL.length(), Criterion.TONE, Severity.WARNING, MESSAGE,
                    Optional.of(SUGGESTION));
            if (!dismissed.test(finding)) {
                findings.add(finding);
            }
        }
        boolean thanks = text.toLowerCase().contains("thank");
        if (text.strip().equals(GREETING_ONLY)) {
            return new Critique(0, 3, List.of(
                    new CriterionResult(Criterion.GRATITUDE, Status.NOT_ASSESSED, 0, 0, "Nothing to judge yet.", "why-follow-up"),
                    new CriterionResult(Criterion.TONE, Status.NOT_ASSESSED, 0, 0, "Nothing to judge yet.", LESSON)),
                    findings, new Readability(0, 0));
        }
        List<CriterionResult> criteria = List.of(
                new CriterionResult(Criterion.GRATITUDE, thanks ? Status.MET : Status.MISSING, thanks ? 10 : 0, 10,
                        "Thank them for the interview.", "why-follow-up"),
                new CriterionResult(Criterion.TONE, findings.isEmpty() ? Status.MET : Status.PARTIAL,
                        findings.isEmpty() ? 10 : 5, 10, TONE_LINE, LESSON));
        int words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        int points = criteria.stream().mapToInt(CriterionResult::points).sum();
        return new Critique(words == 0 ? 0 : points * 5, words, criteria, findings, new Readability(0, 0));
    }
}
