package com.followupcoach.scoring;

import com.followupcoach.scoring.rubric.CriterionPolicy;
import com.followupcoach.scoring.rubric.SignalRef;
import com.followupcoach.scoring.signal.Signals;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import java.util.List;
import java.util.Map;

/** Applies a criterion's policy from the rubric to a letter's signals. */
final class PolicyJudge {

    private final Verdicts verdicts;

    PolicyJudge(Verdicts verdicts) {
        this.verdicts = verdicts;
    }

    /** The first clause that holds decides; notes that hold add their sentence to the message. */
    CriterionResult judge(Criterion criterion, CriterionPolicy.Clauses policy, Signals signals,
                          Map<String, String> vars) {
        CriterionPolicy.Clause decided = policy.clauses().stream()
                .filter(clause -> holds(criterion, clause.when(), clause.unless(), signals))
                .findFirst().orElseThrow(); // the rubric guarantees an unconditional last clause
        CriterionResult result = verdicts.result(criterion, decided.then(), decided.message(), vars);
        StringBuilder message = new StringBuilder(result.message());
        for (CriterionPolicy.Note note : policy.notes()) {
            if (holds(criterion, note.when(), note.unless(), signals)) {
                message.append(' ').append(verdicts.message(criterion, note.message(), vars));
            }
        }
        return new CriterionResult(criterion, result.status(), result.points(), result.max(),
                message.toString().trim(), result.lessonId());
    }

    private static boolean holds(Criterion criterion, List<SignalRef> when, List<SignalRef> unless,
                                 Signals signals) {
        return when.stream().allMatch(ref -> ref.presentIn(signals, criterion))
                && unless.stream().noneMatch(ref -> ref.presentIn(signals, criterion));
    }
}
