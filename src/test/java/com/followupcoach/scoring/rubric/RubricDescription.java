package com.followupcoach.scoring.rubric;

import com.followupcoach.scoring.text.Language;
import com.followupcoach.scoring.tokens.Lexicon;
import com.followupcoach.scoring.tokens.TokenPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Everything a rubric holds, written out as lines, so that two rubrics (one read from YAML,
 * one from a snapshot) can be compared part by part with a readable difference.
 */
final class RubricDescription {

    private RubricDescription() {
    }

    static List<String> of(Rubric rubric) {
        List<String> out = new ArrayList<>();
        out.add("source " + rubric.source());
        out.add("settings " + rubric.settings());
        new TreeMap<>(rubric.criteria()).forEach((c, spec) -> out.add("criterion " + c + " " + spec.weight() + " "
                + spec.lesson() + " " + new TreeMap<>(spec.messages()) + " " + spec.policy()));
        out.add("misspellings " + new TreeMap<>(rubric.misspellings()));
        out.add("spellings " + new TreeMap<>(rubric.language().spellings()));
        out.add("negation " + rubric.language().negation());
        out.add("irony markers " + phrases(rubric.language().ironyMarkers()));
        out.add("irony alone " + phrases(rubric.language().ironyAlone()));
        for (Rule r : rubric.rules()) {
            out.add("rule " + r.id() + " " + r.criterion() + " " + r.kind() + " " + r.severity() + " disputes="
                    + r.disputes() + " min=" + r.minCount() + " negatable=" + r.negatable() + " sentence="
                    + r.wholeSentence() + " at " + r.source() + ":" + r.line());
            out.add("  message " + r.message() + " suggestion " + r.suggestion());
            out.add("  examples " + r.matchExamples() + " / " + r.nomatchExamples());
            for (int i = 0; i < r.tokens().patterns().size(); i++) {
                TokenPattern p = r.tokens().patterns().get(i);
                out.add("  tokens " + p.source() + " parts " + p.partNames() + " suggestion " + r.tokens().suggestions().get(i));
            }
            r.tokens().unless().forEach(p -> out.add("  unless " + p.source()));
        }
        return out;
    }

    private static String phrases(Language.PhraseFinder finder) {
        if (finder == Language.PhraseFinder.NONE) {
            return "none";
        }
        List<String> out = new ArrayList<>();
        for (Lexicon l : ((LexiconPhrases) finder).lexicons()) {
            out.add(l.name() + l.entries());
        }
        return out.toString();
    }
}
