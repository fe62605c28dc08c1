package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries findings through an edit of the text they were made for. The edit is found as
 * the part between the longest common start and end of the two texts: a finding before it
 * stays, one after it moves by the change in length, one that the edit touches is dropped
 * (its words are no longer the ones judged).
 */
final class FindingShift {

    private final int editStart;
    private final int oldEditEnd;
    private final int delta;

    private FindingShift(int editStart, int oldEditEnd, int delta) {
        this.editStart = editStart;
        this.oldEditEnd = oldEditEnd;
        this.delta = delta;
    }

    static FindingShift between(String before, String after) {
        int max = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new FindingShift(prefix, before.length() - suffix, after.length() - before.length());
    }

    /** The finding where it stands after the edit, or null when the edit touched its words. */
    Finding shift(Finding finding) {
        if (finding.end() <= editStart && !(finding.end() == editStart && finding.start() == editStart)) {
            return finding;
        }
        if (finding.start() >= oldEditEnd) {
            return delta == 0 ? finding : new Finding(finding.start() + delta, finding.end() + delta,
                    finding.criterion(), finding.severity(), finding.message(), finding.suggestion());
        }
        return null;
    }

    List<Finding> shiftAll(List<Finding> findings) {
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Finding moved = shift(finding);
            if (moved != null) {
                kept.add(moved);
            }
        }
        return kept;
    }
}
