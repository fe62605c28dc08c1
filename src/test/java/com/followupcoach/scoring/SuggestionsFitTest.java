package com.followupcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.MarkedExample;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.rubric.Rule;
import com.followupcoach.scoring.rubric.RuleKind;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Severity;
import com.followupcoach.vocabulary.TextEdit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every suggestion the built-in rubric can offer, applied as the editor applies it: each
 * {@code match} example of each rule that suggests something is set inside a short, sound
 * letter and scored; each finding's suggestion is applied through {@link TextEdit} (the
 * editor's own code) and the letter is scored again. The fix must remove the finding it came
 * from, add no error or warning, not lower the score, leave no doubled word or repeated phrase
 * at the seam ("your time my time"), and leave a sentence that starts with a capital and ends
 * with punctuation. New rules are covered as soon as they are written.
 */
class SuggestionsFitTest {

    private static final Rubric RUBRIC = Rubric.builtIn();
    private static final ScoringEngine ENGINE = new ScoringEngine(RUBRIC);
    private static final com.followupcoach.scoring.text.SentenceSplitter SPLITTER =
            new com.followupcoach.scoring.text.SentenceSplitter(RUBRIC.settings().abbreviations());

    private static final String BEFORE = "Dear Ms Patel,\n\n"
            + "Thank you for letting me know about your decision, and for the time you and the team gave me "
            + "at the interview. I understand and respect your choice. ";
    private static final String AFTER = " I enjoyed meeting the team and remain keen to work with you.\n\n"
            + "I would welcome the chance to be considered for other roles in your team. If you are able to share any feedback, I would be "
            + "grateful.\n\nKind regards,\nSam Reed\nsam.reed@example.com\n07700 900123\n";

    /** Words a sentence may well repeat close together ("the team and the company"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "to", "of", "and", "or", "i", "you",
            "me", "my", "your", "for", "in", "on", "at", "it", "is", "was", "be", "that", "this", "with", "as", "we",
            "so", "not", "have", "had", "would", "will", "by", "if", "but", "am", "are", "do", "very", "again");
    /** Each sentence before and after its suggestion, for a reader to judge (target/suggestions-applied.md). */
    private static final List<String> APPLIED = new ArrayList<>();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"')\\]\u201d\u2019]*$");

    @TestFactory
    Stream<DynamicTest> everySuggestionFitsWhereItLands() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RUBRIC.rules()) {
            if (rule.kind() != RuleKind.PROBLEM || !(rule.suggests() || rule.wholeSentence())) {
                continue;
            }
            for (String marked : rule.matchExamples()) {
                MarkedExample example = MarkedExample.parse(marked).orElseThrow();
                tests.add(DynamicTest.dynamicTest(rule.id() + ": " + example.text(),
                        () -> applyEverySuggestion(rule, example)));
            }
        }
        assertThat(tests).hasSizeGreaterThan(50);
        return Stream.concat(tests.stream(), Stream.of(DynamicTest.dynamicTest("write what was applied", () ->
                Files.writeString(Path.of("target", "suggestions-applied.md"), "# Every suggestion applied\n\n"
                        + String.join("\n", APPLIED) + "\n"))));
    }

    @TestFactory
    Stream<DynamicTest> theSoundLetterAloneHasNothingToFix() {
        return Stream.of(DynamicTest.dynamicTest("base letter", () -> {
            Critique base = ENGINE.score(BEFORE.trim() + AFTER, Scenario.NONE);
            assertThat(base.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
        }));
    }

    private static void applyEverySuggestion(Rule rule, MarkedExample example) {
        String sentence = asSentence(rule, example.text());
        String letter = BEFORE + sentence + AFTER;
        int from = BEFORE.length();
        int to = from + sentence.length();
        Critique before = ENGINE.score(letter, Scenario.NONE);
        List<Finding> offered = before.findings().stream()
                .filter(f -> f.suggestion().isPresent() && f.start() < to && f.end() > from).toList();
        if (example.suggestion().isPresent() || rule.wholeSentence()) {
            assertThat(offered).as("a suggestion is offered for " + sentence + ": " + describe(letter, before))
                    .isNotEmpty();
        }
        for (Finding finding : offered) {
            TextEdit edit = TextEdit.of(finding, letter).orElseThrow();
            String fixed = edit.applyTo(letter);
            Critique after = ENGINE.score(fixed, Scenario.NONE);
            String what = rule.id() + " applied " + quoted(letter, finding) + " -> \"" + finding.suggestion().get()
                    + "\" giving:\n" + fixed.substring(BEFORE.length() - 40, Math.min(fixed.length(),
                    fixed.length() - AFTER.length() + 40)) + "\nfindings after: " + describe(fixed, after);
            APPLIED.add("- " + letter.substring(finding.start(), finding.end()).strip() + "\n  → "
                    + (finding.suggestsRemoval() ? "(sentence removed)" : sentenceAt(fixed, edit.start())));
            assertThat(sentences(fixed)).as("no sentence is merged into another or split: " + what)
                    .isEqualTo(sentences(letter) - (finding.suggestsRemoval() ? sentences(letter.substring(edit.start(), edit.end())) : 0));
            assertThat(count(after, finding)).as("the finding is gone: " + what).isLessThan(count(before, finding));
            assertThat(newProblems(before, after)).as("no new error or warning: " + what).isEmpty();
            assertThat(after.score()).as("the score does not go down: " + what).isGreaterThanOrEqualTo(before.score());
            assertThat(repeats(fixed)).as("no doubled word or phrase: " + what).isSubsetOf(repeats(letter));
            assertThat(fixed).as("no stray space or empty line: " + what)
                    .doesNotContain("  ").doesNotContain(" .").doesNotContain(" ,").doesNotContain("\n\n\n");
            String changed = sentenceAt(fixed, edit.start());
            assertThat(changed).as("the sentence ends with punctuation: " + what).containsPattern(SENTENCE_END);
            if (!caseSensitive(rule)) {
                assertThat(Character.isLowerCase(changed.charAt(0))).as("the sentence starts with a capital: " + what)
                        .isFalse();
            }
        }
    }

    /** The example as a sentence of a letter: a capital first (unless case matters to the rule), a full stop last. */
    private static String asSentence(Rule rule, String text) {
        String s = text.strip();
        if (!caseSensitive(rule) && !s.isEmpty() && Character.isLowerCase(s.charAt(0))) {
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return SENTENCE_END.matcher(s).find() ? s : s + ".";
    }

    private static long count(Critique critique, Finding like) {
        return critique.findings().stream()
                .filter(f -> f.criterion() == like.criterion() && f.message().equals(like.message())).count();
    }

    private static boolean caseSensitive(Rule rule) {
        return rule.tokens().patterns().stream().anyMatch(com.followupcoach.scoring.tokens.TokenPattern::caseAware);
    }

    /** Errors and warnings after the fix that the letter did not have before, by criterion and message. */
    private static List<String> newProblems(Critique before, Critique after) {
        Map<String, Integer> had = new HashMap<>();
        before.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .forEach(f -> had.merge(key(f), 1, Integer::sum));
        List<String> added = new ArrayList<>();
        for (Finding f : after.findings()) {
            if (f.severity() != Severity.INFO && had.merge(key(f), -1, Integer::sum) < 0) {
                added.add(key(f));
            }
        }
        return added;
    }

    private static String key(Finding f) {
        return f.severity().id() + " " + f.criterion().id() + ": " + f.message();
    }

    /**
     * Doubled words ("for for"), repeated phrases ("your time your time") and a content word
     * said twice within three words ("your time my time"), within each sentence of the text.
     */
    static List<String> repeats(String text) {
        List<String> found = new ArrayList<>();
        for (String sentence : text.split("[.!?\\n]+")) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
            while (m.find()) {
                words.add(m.group());
            }
            for (int i = 0; i < words.size(); i++) {
                for (int n = 1; n <= 3 && i + 2 * n <= words.size(); n++) {
                    if (words.subList(i, i + n).equals(words.subList(i + n, i + 2 * n))) {
                        found.add("doubled: " + String.join(" ", words.subList(i, i + n)));
                    }
                }
                for (int j = i + 2; j <= i + 3 && j < words.size(); j++) {
                    if (words.get(i).equals(words.get(j)) && !FUNCTION_WORDS.contains(words.get(i))) {
                        found.add("said twice: " + words.get(i));
                    }
                }
            }
        }
        return found;
    }

    /** Sentences as the engine splits them. */
    private static int sentences(String text) {
        return new com.followupcoach.scoring.text.LetterText(text, SPLITTER).sentences().size();
    }

    private static String sentenceAt(String text, int offset) {
        int start = offset;
        while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = offset;
        while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        while (end < text.length() && ".!?\"')".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return text.substring(start, end).strip();
    }

    private static String quoted(String text, Finding f) {
        return "\"" + text.substring(f.start(), f.end()) + "\"";
    }

    private static String describe(String text, Critique c) {
        return c.score() + " " + c.findings().stream()
                .map(f -> f.severity().id() + " " + f.criterion().id() + " " + quoted(text, f)).toList();
    }
}
