package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
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

    /** Remembers the finding as dismissed; returns the words it flagged. */
    String add(Finding finding, String text) {
        String flagged = flaggedText(finding, text);
        dismissed.add(new PracticeRecords.Dismissal(finding.criterion(), flagged));
        return flagged;
    }

    /** The critique without the dismissed findings; the score is the engine's, unchanged. */
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

    private static String flaggedText(Finding finding, String text) {
        return finding.end() <= text.length() ? text.substring(finding.start(), finding.end()) : "";
    }
}
