package com.followupcoach.ui.workshop;

import com.followupcoach.lessons.SampleLetter;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Status;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.practice.CriterionNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Locale;

/** Walkthroughs made from a sample's annotations or from the engine's findings on a letter. */
final class Walkthroughs {

    private Walkthroughs() {
    }

    /** A sample: its annotations in the file's order, then its verdict. */
    static Walkthrough of(SampleLetter sample) {
        List<RevealPoint> points = sample.annotations().stream()
                .map(a -> new RevealPoint(a.start(), a.end(), a.criterion(), a.quote(), a.note())).toList();
        String verdict = sample.verdict().name().toLowerCase(Locale.ROOT);
        return new Walkthrough(neutralTitle(sample), sample.title(), sample.body(), points,
                Messages.get("workshop.verdict." + verdict), "verdict-" + verdict);
    }

    /** Who wrote to whom, never how well: the room judges before the verdict. */
    static String neutralTitle(SampleLetter sample) {
        return sample.scenario()
                .map(s -> Messages.format("workshop.sample.neutral", s.candidate(), s.company()))
                .orElseGet(() -> Messages.format("workshop.sample.anonymous", sample.id()));
    }

    /** A letter scored by the engine: its findings in letter order, then what it lacks, then the score. */
    static Walkthrough of(String title, String text, Critique critique) {
        List<RevealPoint> points = new ArrayList<>(critique.findings().stream().filter(f -> f.end() <= text.length())
                .map(f -> new RevealPoint(f.start(), f.end(), f.criterion(), text.substring(f.start(), f.end()), note(f)))
                .toList());
        // What is missing has no words to point at, yet the room should hear it too.
        Set<Criterion> pointedAt = points.stream().map(RevealPoint::criterion).collect(Collectors.toSet());
        for (CriterionResult result : critique.criteria()) {
            boolean fallsShort = result.status() == Status.MISSING || result.status() == Status.PARTIAL;
            if (fallsShort && !pointedAt.contains(result.criterion())) {
                points.add(new RevealPoint(0, 0, result.criterion(), "",
                        CriterionNames.status(result.status()) + ": " + result.message()));
            }
        }
        String band = critique.score() >= 75 ? "good" : critique.score() >= 50 ? "weak" : "harmful";
        return new Walkthrough(title, title, text, points,
                Messages.format("workshop.verdict.score", critique.score(), Messages.get("workshop.band." + band)),
                "verdict-" + band);
    }

    private static String note(Finding finding) {
        String severity = Messages.get("workshop.severity." + finding.severity().id());
        String note = severity + ": " + finding.message();
        return finding.suggestion().filter(s -> !s.isBlank())
                .map(s -> note + " " + Messages.format("workshop.try", s)).orElse(note);
    }
}
