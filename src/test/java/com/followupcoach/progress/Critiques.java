package com.followupcoach.progress;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Readability;
import com.followupcoach.vocabulary.Severity;
import com.followupcoach.vocabulary.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Critiques built by hand: every criterion met unless the test says otherwise. */
final class Critiques {

    private Critiques() {
    }

    static Critique with(int score, Map<Criterion, Status> exceptions) {
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            Status status = exceptions.getOrDefault(criterion, Status.MET);
            int points = status == Status.MET ? 10 : status == Status.PARTIAL ? 5 : 0;
            results.add(new CriterionResult(criterion, status, points, 10, status.id(), "why-follow-up"));
        }
        List<Finding> findings = List.of(
                new Finding(0, 4, Criterion.TONE, Severity.WARNING, "calmer, please", Optional.empty()));
        return new Critique(score, 120, results, findings, new Readability(60, 8));
    }

    static Critique allMet(int score) {
        return with(score, Map.of());
    }
}
