package com.followupcoach.scoring;

import com.followupcoach.scoring.detect.EmployerCheck;
import com.followupcoach.scoring.detect.Layout;
import com.followupcoach.scoring.detect.NameSpelling;
import com.followupcoach.scoring.rubric.RuleKind;
import com.followupcoach.scoring.rubric.Settings;
import com.followupcoach.scoring.text.Span;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Severity;
import com.followupcoach.vocabulary.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Judges the letter's form: timing, length, structure, personalisation and proofreading. */
final class FormJudge {

    private final Verdicts verdicts;
    private final Settings settings;

    FormJudge(Verdicts verdicts, Settings settings) {
        this.verdicts = verdicts;
        this.settings = settings;
    }

    void judge(LetterFacts facts, List<CriterionResult> results, List<Finding> findings) {
        results.add(timing(facts.scenario));
        results.add(concise(facts.layout, facts.text.words().isEmpty()));
        results.add(structure(facts.layout));
        results.add(personalization(facts, findings));
        results.add(mechanics(findings));
    }

    /** The article: wait before answering a rejection, to calm down and reflect. */
    private CriterionResult timing(Scenario scenario) {
        Criterion c = Criterion.TIMING;
        if (scenario.daysSinceRejection().isEmpty()) {
            return verdicts.result(c, Status.NOT_ASSESSED);
        }
        int days = scenario.daysSinceRejection().get();
        Map<String, String> vars = Map.of("days", String.valueOf(days), "min", String.valueOf(settings.timing().minDays()),
                "max", String.valueOf(settings.timing().maxDays()));
        if (days < settings.timing().minDays()) {
            return verdicts.result(c, Status.PARTIAL, "too_soon", vars);
        }
        if (days > settings.timing().maxDays()) {
            return verdicts.result(c, Status.PARTIAL, "late", vars);
        }
        return verdicts.result(c, Status.MET, "met", vars);
    }

    private CriterionResult concise(Layout layout, boolean empty) {
        Settings.Length bounds = settings.length();
        int words = layout.bodyWords();
        Map<String, String> vars = Map.of("words", String.valueOf(words), "min", String.valueOf(bounds.idealMin()),
                "max", String.valueOf(bounds.idealMax()), "tooLong", String.valueOf(bounds.tooLong()));
        Criterion c = Criterion.CONCISE;
        if (empty) {
            return verdicts.result(c, Status.MISSING, "empty", vars);
        }
        if (words < bounds.idealMin()) {
            return verdicts.result(c, Status.PARTIAL, "too_short", vars);
        }
        if (words <= bounds.idealMax()) {
            return verdicts.result(c, Status.MET, "met", vars);
        }
        return words <= bounds.tooLong() ? verdicts.result(c, Status.PARTIAL, "partial", vars)
                : verdicts.result(c, Status.MISSING, "missing", vars);
    }

    private CriterionResult structure(Layout layout) {
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
        return verdicts.result(Criterion.STRUCTURE, status, status == Status.MET ? "met" : "partial",
                Map.of("parts", String.join(", ", absent)));
    }

    /**
     * Placeholders and a wrong organisation are errors (they tell the reader the letter was
     * not written for them); a scenario name that is missing or misspelled weakens it.
     */
    private CriterionResult personalization(LetterFacts facts, List<Finding> findings) {
        Criterion c = Criterion.PERSONALIZATION;
        Scenario scenario = facts.scenario;
        Span all = new Span(0, facts.text.length());
        List<com.followupcoach.scoring.detect.RuleMatch> mentions = facts.matches.get(RuleKind.EMPLOYER);
        List<Span> wrong = EmployerCheck.wrongMentions(facts.text, mentions, scenario.company());
        String right = scenario.company().or(() -> EmployerCheck.mainName(facts.text, mentions, wrong)).orElse("");
        for (Span s : wrong) {
            findings.add(new Finding(s.start(), s.end(), c, Severity.ERROR, verdicts.message(c, "wrong_company",
                    Map.of("name", facts.text.text(s), "company", right)),
                    right.isEmpty() ? Optional.empty() : Optional.of(right)));
        }
        List<String> absent = new ArrayList<>();
        checkName(facts, scenario.company(), all, "company", absent, findings);
        checkName(facts, scenario.role(), all, "role", absent, findings);
        Span greeting = facts.layout.greeting().orElse(new Span(0, 0));
        Optional<String> surname = scenario.interviewer().map(FormJudge::lastWord);
        if (facts.layout.greeting().isPresent()) {
            checkName(facts, surname, greeting, "interviewer", absent, findings);
        }
        List<Finding> own = findings.stream().filter(f -> f.criterion() == c).toList();
        Status status = ToneJudge.status(own);
        if (status == Status.MET && !absent.isEmpty()) {
            status = Status.PARTIAL;
        }
        String key = status == Status.MET ? (scenario.company().isPresent() ? "met" : "met_no_scenario")
                : own.isEmpty() ? "partial" : status == Status.MISSING ? "missing" : "partial";
        return verdicts.result(c, status, key, Map.of("absent", String.join(", ", absent),
                "company", right.isEmpty() ? "the company" : right));
    }

    private void checkName(LetterFacts facts, Optional<String> name, Span within, String what, List<String> absent,
                           List<Finding> findings) {
        if (name.isEmpty() || name.get().isBlank() || NameSpelling.present(facts.text, name.get(), within)) {
            return;
        }
        List<Span> misses = NameSpelling.nearMisses(facts.text, name.get(), within);
        for (Span s : misses) {
            findings.add(new Finding(s.start(), s.end(), Criterion.PERSONALIZATION, Severity.WARNING,
                    verdicts.message(Criterion.PERSONALIZATION, "misspelled", Map.of("name", name.get(), "what", what)),
                    Optional.of(name.get())));
        }
        if (misses.isEmpty()) {
            absent.add("the " + what + " (" + name.get() + ")");
        }
    }

    private CriterionResult mechanics(List<Finding> findings) {
        long count = findings.stream().filter(f -> f.criterion() == Criterion.MECHANICS).count();
        Status status = count == 0 ? Status.MET : count < settings.mechanicsMissingFrom() ? Status.PARTIAL : Status.MISSING;
        return verdicts.result(Criterion.MECHANICS, status, status == Status.MET ? "met" : "partial",
                Map.of("count", String.valueOf(count)));
    }

    private static String lastWord(String name) {
        String[] parts = name.trim().split(" ");
        return parts[parts.length - 1];
    }
}
