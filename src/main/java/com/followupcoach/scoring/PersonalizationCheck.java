package com.followupcoach.scoring;

import com.followupcoach.scoring.detect.EmployerCheck;
import com.followupcoach.scoring.detect.NameSpelling;
import com.followupcoach.scoring.detect.RuleMatch;
import com.followupcoach.scoring.rubric.RuleKind;
import com.followupcoach.scoring.text.Span;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the names a letter should get right: a wrong organisation and template placeholders
 * are errors (the reader sees the letter was not written for them), a scenario name that is
 * misspelled is a warning, and one that is missing is noted for the policy.
 */
final class PersonalizationCheck {

    /**
     * @param absent scenario names not in the letter ("the role (Data Analyst)")
     * @param vars   the values its messages name: {absent} and {company}
     */
    record Result(List<String> absent, Map<String, String> vars) {
    }

    private final Verdicts verdicts;

    PersonalizationCheck(Verdicts verdicts) {
        this.verdicts = verdicts;
    }

    /** Adds the findings to {@code findings} and returns what the policy and messages need. */
    Result check(LetterFacts facts, List<Finding> findings) {
        Criterion c = Criterion.PERSONALIZATION;
        Scenario scenario = facts.scenario;
        Span all = new Span(0, facts.text.length());
        List<RuleMatch> mentions = facts.matches.get(RuleKind.EMPLOYER);
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
        Optional<String> surname = scenario.interviewer().map(PersonalizationCheck::lastWord);
        if (facts.layout.greeting().isPresent()) {
            checkName(facts, surname, greeting, "interviewer", absent, findings);
        }
        return new Result(List.copyOf(absent), Map.of("absent", String.join(", ", absent),
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

    private static String lastWord(String name) {
        String[] parts = name.trim().split(" ");
        return parts[parts.length - 1];
    }
}
