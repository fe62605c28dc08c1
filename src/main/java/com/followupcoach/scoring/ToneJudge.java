package com.followupcoach.scoring;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Severity;
import com.followupcoach.vocabulary.Status;
import java.util.List;

/**
 * Judges how the letter sounds (tone) and what it asks for (realistic expectations) from
 * their findings: the criterion is missing with an error finding (it could
 * hurt the relationship), partial with only warnings, met otherwise.
 */
final class ToneJudge {

    private final Verdicts verdicts;

    ToneJudge(Verdicts verdicts) {
        this.verdicts = verdicts;
    }

    void judge(LetterFacts facts, List<CriterionResult> results, List<Finding> findings) {
        for (Criterion c : List.of(Criterion.TONE, Criterion.REALISTIC_EXPECTATIONS)) {
            List<Finding> problems = findings.stream().filter(f -> f.criterion() == c).toList();
            if (facts.text.words().isEmpty()) {
                results.add(verdicts.result(c, Status.NOT_ASSESSED, "empty"));
                continue;
            }
            results.add(verdicts.result(c, status(problems)));
        }
    }

    /** Missing with an error, partial with a warning, else met (info findings are polish). */
    static Status status(List<Finding> problems) {
        if (problems.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return Status.MISSING;
        }
        return problems.stream().anyMatch(f -> f.severity() == Severity.WARNING) ? Status.PARTIAL : Status.MET;
    }
}
