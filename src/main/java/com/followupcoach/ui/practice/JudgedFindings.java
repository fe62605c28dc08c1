package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Finding;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings on screen, each with the words it judged. The words travel with the finding
 * through edits, so an action checks them against the text before it touches it.
 */
final class JudgedFindings {

    static final JudgedFindings NONE = new JudgedFindings(List.of(), Map.of());

    private final List<Finding> findings;
    private final Map<Finding, String> words;

    private JudgedFindings(List<Finding> findings, Map<Finding, String> words) {
        this.findings = List.copyOf(findings);
        this.words = words;
    }

    static JudgedFindings of(List<Finding> findings, String judgedText) {
        Map<Finding, String> words = new IdentityHashMap<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.end() <= judgedText.length()) {
                kept.add(finding);
                words.put(finding, judgedText.substring(finding.start(), finding.end()));
            }
        }
        return new JudgedFindings(kept, words);
    }

    List<Finding> findings() {
        return findings;
    }

    /** The words the finding judged; empty for a finding not shown. */
    String words(Finding finding) {
        return words.getOrDefault(finding, "");
    }

    /** True when the finding is shown and its words stand where it says in the text. */
    boolean stillStands(Finding finding, String text) {
        String judged = words.get(finding);
        return judged != null && finding.end() <= text.length()
                && text.substring(finding.start(), finding.end()).equals(judged);
    }

    /** The findings after an edit; this same object when none moved or went. */
    JudgedFindings shifted(FindingShift shift) {
        Map<Finding, String> moved = new IdentityHashMap<>();
        List<Finding> kept = new ArrayList<>(findings.size());
        boolean changed = false;
        for (Finding finding : findings) {
            Finding now = shift.shift(finding);
            changed |= now != finding;
            if (now != null) {
                kept.add(now);
                moved.put(now, words.get(finding));
            }
        }
        return changed ? new JudgedFindings(kept, moved) : this;
    }

    JudgedFindings without(Finding gone) {
        Map<Finding, String> rest = new IdentityHashMap<>(words);
        rest.remove(gone);
        List<Finding> kept = new ArrayList<>(findings);
        kept.removeIf(f -> f == gone);
        return new JudgedFindings(kept, rest);
    }
}
