package com.followupcoach.scoring.detect;

import com.followupcoach.files.Problem;
import com.followupcoach.scoring.rubric.MarkedExample;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.rubric.Rule;
import com.followupcoach.scoring.text.Language;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a rule's own examples through the engine's matcher (LanguageTool's PatternRuleTest
 * idea), so a trainer learns of a rule that does not do what its examples say before the
 * workshop, and the build learns of it for the built-in rubric. Each {@code match} example
 * must match exactly at its [[marked]] span, and offer the suggestion after {@code " => "}
 * when it names one; each {@code nomatch} example must not match at all. Negation and
 * {@code unless} apply, as in the engine.
 *
 * It lives beside the matcher rather than in the rubric package: the rubric is what the
 * matcher reads, so the rubric package cannot depend on it.
 */
public final class RuleExamples {

    private final SentenceSplitter splitter;
    private final Negation negation;
    private final Language language;

    public RuleExamples(Rubric rubric) {
        this.splitter = new SentenceSplitter(rubric.settings().abbreviations());
        this.negation = Negation.BY_SCOPE;
        this.language = rubric.language();
    }

    /** Every failing example of every rule, each at its rule's file and line. */
    public static List<Problem> problems(Rubric rubric) {
        RuleExamples examples = new RuleExamples(rubric);
        List<Problem> problems = new ArrayList<>();
        for (Rule rule : rubric.rules()) {
            examples.failures(rule).forEach(message -> problems.add(new Problem(rule.source(), rule.line(), message)));
        }
        return problems;
    }

    /** One sentence for each example of {@code rule} that does not hold; empty when all hold. */
    public List<String> failures(Rule rule) {
        CompiledRule compiled = new CompiledRule(rule);
        List<String> failures = new ArrayList<>();
        for (String marked : rule.matchExamples()) {
            Optional<MarkedExample> parsed = MarkedExample.parse(marked);
            if (parsed.isEmpty()) {
                failures.add(rule.id() + ": the example \"" + marked + "\" marks no match with [[ ]]");
                continue;
            }
            matchFailure(rule, compiled, parsed.get()).ifPresent(failures::add);
        }
        for (String text : rule.nomatchExamples()) {
            List<RuleMatch> matches = compiled.run(new LetterText(text, splitter, language), negation);
            if (!matches.isEmpty()) {
                failures.add(rule.id() + ": must not match \"" + text + "\" but matches " + shown(matches, text));
            }
        }
        return failures;
    }

    private Optional<String> matchFailure(Rule rule, CompiledRule compiled, MarkedExample example) {
        String text = example.text();
        List<RuleMatch> matches = compiled.run(new LetterText(text, splitter, language), negation);
        List<RuleMatch> atMark = matches.stream().filter(m -> m.span().equals(example.span())).toList();
        String expected = "\"" + example.span().of(text) + "\"";
        if (atMark.isEmpty()) {
            return Optional.of(rule.id() + ": must match " + expected + " in \"" + text + "\" but "
                    + (matches.isEmpty() ? "matches nothing" : "matches " + shown(matches, text)));
        }
        if (example.suggestion().isPresent()) {
            String wanted = example.suggestion().get();
            List<String> offered = atMark.stream().map(m -> m.suggestion().orElse("")).distinct().toList();
            if (!offered.equals(List.of(wanted))) {
                return Optional.of(rule.id() + ": must suggest \"" + wanted + "\" for " + expected + " in \"" + text
                        + "\" but suggests " + (offered.equals(List.of("")) ? "nothing" : quoted(offered)));
            }
        }
        return Optional.empty();
    }

    private static String shown(List<RuleMatch> matches, String text) {
        return quoted(matches.stream().map(m -> m.span().of(text)).toList());
    }

    private static String quoted(List<String> parts) {
        return String.join(", ", parts.stream().map(p -> "\"" + p + "\"").toList());
    }
}
