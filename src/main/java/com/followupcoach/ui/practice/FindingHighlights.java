package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Severity;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Turns findings into the editor's style spans. Where findings overlap, the most severe
 * one decides the look, so an error is never hidden under an info underline.
 */
final class FindingHighlights {

    private FindingHighlights() {
    }

    static String styleClass(Severity severity) {
        return "finding-" + severity.id();
    }

    static StyleSpans<Collection<String>> of(List<Finding> findings, int textLength) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(textLength);
        for (Finding f : findings) {
            if (f.end() <= textLength && f.start() < f.end()) {
                cuts.add(f.start());
                cuts.add(f.end());
            }
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            spans.add(stylesAt(findings, from, to, textLength), to - from);
            from = to;
        }
        if (textLength == 0) {
            spans.add(List.of(), 0);
        }
        return spans.create();
    }

    private static Collection<String> stylesAt(List<Finding> findings, int from, int to, int textLength) {
        Severity strongest = null;
        for (Finding f : findings) {
            if (f.end() <= textLength && f.start() <= from && to <= f.end()
                    && (strongest == null || f.severity().compareTo(strongest) < 0)) {
                strongest = f.severity();
            }
        }
        return strongest == null ? List.of() : List.of(styleClass(strongest));
    }
}
