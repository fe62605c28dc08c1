package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Criterion;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings the learner called wrong on the open task. A finding is hidden when the
 * same criterion flags the same words again, wherever they moved in the draft.
 */
final class DismissedFindings {

    private final Set<PracticeRecords.Dismissal> dismissed = new HashSet<>();

    void reset(Set<PracticeRecords.Dismissal> stored) {
        dismissed.clear();
        dismissed.addAll(stored);
    }

    /** Remembers that the criterion is wrong about these words. */
    void add(Criterion criterion, String words) {
        dismissed.add(new PracticeRecords.Dismissal(criterion, words));
    }

    /** A copy the engine can read on its own thread. */
    Set<PracticeRecords.Dismissal> snapshot() {
        return Set.copyOf(dismissed);
    }

    /**
     * The critique without the dismissed findings. The engine already leaves them out when
     * it is told of them; this keeps them hidden whatever scorer made the critique.
     */
    Critique filter(Critique critique, String text) {
        if (critique == null || dismissed.isEmpty()) {
            return critique;
        }
        List<Finding> kept = critique.findings().stream()
                .filter(f -> !dismissed.contains(new PracticeRecords.Dismissal(f.criterion(), flaggedText(f, text))))
                .toList();
        return kept.size() == critique.findings().size() ? critique
                : new Critique(critique.score(), critique.words(), critique.criteria(), kept, critique.readability());
    }

    static String flaggedText(Finding finding, String text) {
        return finding.end() <= text.length() ? text.substring(finding.start(), finding.end()) : "";
    }
}
