package com.followupcoach.scoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.rubric.Rule;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import com.followupcoach.scoring.tokens.PatternIndex;
import com.followupcoach.scoring.tokens.TokenPattern;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A long sentence is searched for every rule's {@code unlessTokens} patterns at once, in two
 * halves on two cores when it is very long; a short one pattern by pattern, token by token.
 * Which way it was searched must never show: on texts made of the rule's own examples
 * that match and that must not (most hold an exception's words), each rule keeps exactly the
 * matches it keeps when every sentence is searched in one pass.
 */
class UnlessInHalvesPropertyTest {

    private static final Rubric RUBRIC = Rubric.builtIn();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(RUBRIC.settings().abbreviations());
    private static final List<Rule> WITH_EXCEPTIONS = RUBRIC.rules().stream()
            .filter(r -> !r.tokens().unless().isEmpty()).toList();

    @Provide
    Arbitrary<RuleAndText> rulesOnTheirExamples() {
        return Arbitraries.of(WITH_EXCEPTIONS).flatMap(rule -> {
            List<String> phrases = new ArrayList<>();
            for (String example : rule.matchExamples()) {
                phrases.add(plain(example));
            }
            for (String example : rule.nomatchExamples()) {
                phrases.add(plain(example));
            }
            Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(phrases),
                    Arbitraries.of("and", "so", "I", "really", ",", "the company", "\n\n", "."));
            return Combinators.combine(Arbitraries.just(rule),
                    piece.list().ofMinSize(1).ofMaxSize(12).map(ps -> String.join(" ", ps))).as(RuleAndText::new);
        });
    }

    @Property(tries = 200)
    void aRuleKeepsTheSameMatchesWhenItsExceptionsAreSearchedInHalves(@ForAll("rulesOnTheirExamples") RuleAndText given) {
        // The examples' closing marks would end the sentence; without them the text is one long sentence.
        String text = given.text().replaceAll("[.!?](\\s|$)", " ");
        LetterText letter = new LetterText(text, SPLITTER, RUBRIC.language());
        CompiledRule rule = new CompiledRule(given.rule());
        List<TokenPattern> patterns = rule.tokenPatterns();
        TokenMatches matches = new TokenMatches(patterns, new PatternIndex(patterns), letter.tokens());
        List<List<TokenHit>> hits = matches.find(null);

        List<TokenPattern> unless = given.rule().tokens().unless();
        PatternIndex leads = new PatternIndex(unless);
        // Every sentence counts as long: searched for all exceptions at once, in two halves.
        List<RuleMatch> inHalves = rule.run(letter, Negation.BY_SCOPE, hits, 0,
                new UnlessSearch(unless, leads, matches.memo(), 0, 0, null), 0);
        // Every sentence counts as short: each exception tried at every token.
        List<RuleMatch> inOnePass = rule.run(letter, Negation.BY_SCOPE, hits, 0,
                new UnlessSearch(unless, leads, matches.memo(), TokenMatches.NEVER, Integer.MAX_VALUE, null), 0);

        assertThat(inHalves).as(given.rule().id() + " on " + text).isEqualTo(inOnePass);
    }

    private static String plain(String example) {
        String text = example.replace("[[", "").replace("]]", "");
        int arrow = text.indexOf(" => ");
        return arrow >= 0 ? text.substring(0, arrow) : text;
    }

    record RuleAndText(Rule rule, String text) {
    }
}
