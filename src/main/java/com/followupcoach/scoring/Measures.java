package com.followupcoach.scoring;

import com.followupcoach.scoring.detect.Layout;
import com.followupcoach.scoring.detect.ReadabilityMeter;
import com.followupcoach.scoring.rubric.CriterionPolicy;
import com.followupcoach.scoring.rubric.Settings;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The criteria a rubric judges by {@code measure} rather than by signals: days since the
 * rejection, body length, layout and the number of proofreading slips, each against the
 * rubric's settings.
 */
final class Measures {

    private final Verdicts verdicts;
    private final Settings settings;

    Measures(Verdicts verdicts, Settings settings) {
        this.verdicts = verdicts;
        this.settings = settings;
    }

    CriterionResult judge(Criterion c, CriterionPolicy.Measure measure, LetterFacts facts, List<Finding> findings) {
        return switch (measure) {
            case TIMING -> timing(c, facts.scenario);
            case LENGTH -> concise(c, facts, facts.text.words().isEmpty());
            case LAYOUT -> structure(c, facts.layout);
            case PROOFREADING -> mechanics(c, findings);
        };
    }

    /** The article: wait before answering a rejection, to calm down and reflect. */
    private CriterionResult timing(Criterion c, Scenario scenario) {
        if (scenario.daysSinceRejection().isEmpty()) {
            return verdicts.result(c, Status.NOT_ASSESSED);
        }
        int days = scenario.daysSinceRejection().get();
        Map<String, String> vars = Map.of("days", String.valueOf(days), "min", String.valueOf(settings.timing().minDays()),
                "max", String.valueOf(settings.timing().maxDays()), "day_count", counted(days, "day"),
                "min_days", counted(settings.timing().minDays(), "day"));
        if (days < settings.timing().minDays()) {
            return verdicts.result(c, Status.PARTIAL, "too_soon", vars);
        }
        if (days > settings.timing().maxDays()) {
            return verdicts.result(c, Status.PARTIAL, "late", vars);
        }
        return verdicts.result(c, Status.MET, "met", vars);
    }

    /**
     * Whether a careful reader would give up on the body: longer than {@code tooLong}, or
     * longer than {@code idealMax} with sentences that run on (more than {@code rambleWords}
     * words each on average: anecdote strung together with commas and "which").
     */
    static boolean rambles(LetterFacts facts, Settings.Length bounds) {
        int words = facts.layout.bodyWords();
        if (words > bounds.tooLong()) {
            return true;
        }
        return bounds.rambleWords() > 0 && words > bounds.idealMax()
                && ReadabilityMeter.wordsPerSentence(facts.text, facts.layout.body()) > bounds.rambleWords();
    }

    private CriterionResult concise(Criterion c, LetterFacts facts, boolean empty) {
        Settings.Length bounds = settings.length();
        Layout layout = facts.layout;
        int words = layout.bodyWords();
        Map<String, String> vars = Map.of("words", String.valueOf(words), "min", String.valueOf(bounds.idealMin()),
                "max", String.valueOf(bounds.idealMax()), "tooLong", String.valueOf(bounds.tooLong()),
                "word_count", counted(words, "word"), "ramble_words", String.valueOf(bounds.rambleWords()));
        if (empty) {
            return verdicts.result(c, Status.MISSING, "empty", vars);
        }
        if (words < bounds.idealMin()) {
            return verdicts.result(c, Status.PARTIAL, "too_short", vars);
        }
        if (words <= bounds.idealMax()) {
            return verdicts.result(c, Status.MET, "met", vars);
        }
        if (words > bounds.tooLong()) {
            return verdicts.result(c, Status.MISSING, "missing", vars);
        }
        return rambles(facts, bounds) ? verdicts.result(c, Status.MISSING, "rambling", vars)
                : verdicts.result(c, Status.PARTIAL, "partial", vars);
    }

    private CriterionResult structure(Criterion c, Layout layout) {
        List<String> absent = new ArrayList<>();
        if (layout.greeting().isEmpty()) {
            absent.add("a greeting");
        }
        if (layout.bodyWords() >= settings.paragraphsFromWords() && layout.bodyParagraphs() < 2) {
            absent.add("paragraphs");
        }
        if (layout.signOff().isEmpty()) {
            absent.add("a sign-off");
        }
        if (layout.name().isEmpty()) {
            absent.add("your name");
        }
        Status status = absent.isEmpty() ? Status.MET : absent.size() <= 2 ? Status.PARTIAL : Status.MISSING;
        return verdicts.result(c, status, status == Status.MET ? "met" : "partial",
                Map.of("parts", String.join(", ", absent)));
    }

    private CriterionResult mechanics(Criterion c, List<Finding> findings) {
        long count = findings.stream().filter(f -> f.criterion() == c).count();
        Status status = count == 0 ? Status.MET : count < settings.mechanicsMissingFrom() ? Status.PARTIAL : Status.MISSING;
        return verdicts.result(c, status, status == Status.MET ? "met" : "partial",
                Map.of("count", String.valueOf(count)));
    }


    /** A count with its noun, singular for one ("1 word", "40 words"), for messages that read aloud. */
    static String counted(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
