package com.followupcoach.scoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.rubric.Rule;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import com.followupcoach.scoring.text.Span;
import com.followupcoach.scoring.text.TokenizedText;
import com.followupcoach.scoring.tokens.LexiconMemo;
import com.followupcoach.scoring.tokens.PatternIndex;
import com.followupcoach.scoring.tokens.TokenMatcher;
import com.followupcoach.scoring.tokens.TokenPattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The engine finds token matches through shortcuts: an index of first words, start runs that
 * collapse a run of repeated tokens (closing marks included) into one try, a shared lexicon
 * memo, a ring of failed reaches (in a long sentence also a table of them for the letter). For
 * any text, what it finds (each highlight and each part) must be what the plain definition
 * gives: every pattern tried at every token, left to right, a start inside the previous match
 * passed over; also when a sentence is matched in two halves, and a window of tokens at a time.
 */
class TokenMatchesPropertyTest {

    private static final Rubric RUBRIC = Rubric.builtIn();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(RUBRIC.settings().abbreviations());
    private static final List<TokenPattern> PATTERNS = new ArrayList<>();
    /** Words many patterns start or go on with, and marks that end sentences and clauses. */
    private static final List<String> WORDS = List.of("I", "i", "!", "?", ".", ",", "thank", "Thank", "you", "not",
            "don't", "\"", "so", "but", "very", "sorry", "please", "lol", "the", "company", "\n\n", "really", "am",
            "grateful", "for", "your", "time", "would", "like", "to", "know", "why");
    /** The rules' own examples: phrases that match, to stand next to the runs, and their words. */
    private static final List<String> PHRASES = new ArrayList<>();
    private static final List<String> EXAMPLE_WORDS = new ArrayList<>();

    static {
        for (Rule rule : RUBRIC.rules()) {
            PATTERNS.addAll(rule.tokens().patterns());
            for (String example : rule.matchExamples()) {
                String plain = example.replace("[[", "").replace("]]", "");
                int arrow = plain.indexOf(" => ");
                PHRASES.add(arrow >= 0 ? plain.substring(0, arrow) : plain);
                EXAMPLE_WORDS.addAll(List.of(PHRASES.get(PHRASES.size() - 1).split("\\s+")));
            }
        }
    }

    private static final PatternIndex INDEX = new PatternIndex(PATTERNS);

    @Provide
    Arbitrary<String> runsOfWords() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of(EXAMPLE_WORDS));
        // A piece is a word, an example that matches, or a run of one word or of a short phrase repeated.
        Arbitrary<String> piece = Arbitraries.oneOf(word, Arbitraries.of(PHRASES),
                word.flatMap(w -> Arbitraries.integers().between(2, 70).map(n -> (w + " ").repeat(n))),
                word.list().ofMinSize(2).ofMaxSize(3).flatMap(ws -> Arbitraries.integers().between(2, 25)
                        .map(n -> (String.join(" ", ws) + " ").repeat(n))),
                word.flatMap(w -> Arbitraries.integers().between(2, 40).map(w::repeat)));
        return piece.list().ofMinSize(1).ofMaxSize(8).map(ps -> String.join(" ", ps));
    }

    @Property(tries = 100)
    void theEngineFindsWhatEachPatternFindsTriedAtEveryToken(@ForAll("runsOfWords") String text) {
        LetterText letter = new LetterText(text, SPLITTER, RUBRIC.language());
        List<List<TokenHit>> found = new TokenMatches(PATTERNS, INDEX, letter.tokens()).find(null);
        for (int p = 0; p < PATTERNS.size(); p++) {
            assertThat(describe(found.get(p))).as("'%s' on %s", PATTERNS.get(p).source(), text)
                    .isEqualTo(plainMatches(PATTERNS.get(p), letter.tokens()));
        }
    }

    /**
     * A long sentence is matched in two halves on two cores and joined where a match of the
     * first half runs past the middle; here every sentence is, so that the join meets matches
     * across the middle, runs cut in two and repeated phrases that match again from another token.
     */
    @Property(tries = 150)
    void matchedInHalvesEachSentenceGivesWhatEachPatternFindsTriedAtEveryToken(@ForAll("runsOfWords") String text) {
        LetterText letter = new LetterText(text, SPLITTER, RUBRIC.language());
        List<List<TokenHit>> found = new TokenMatches(PATTERNS, INDEX, letter.tokens(), 0).find(null);
        for (int p = 0; p < PATTERNS.size(); p++) {
            assertThat(describe(found.get(p))).as("'%s' on %s", PATTERNS.get(p).source(), text)
                    .isEqualTo(plainMatches(PATTERNS.get(p), letter.tokens()));
        }
    }

    /**
     * A passage repeated without a full stop until the sentence is long: there each pattern's
     * failed reaches are kept for the letter ({@code FailedReaches}), and a start whose reach
     * repeats one that failed is passed over. What is found must still be the plain definition's,
     * in one pass and in halves.
     */
    @Provide
    Arbitrary<String> longSentencesRepeatingAPassage() {
        return Combinators.combine(runsOfWords().map(t -> t.replaceAll("[.!?\\n]", " ")),
                Arbitraries.of(" ", " , ", " and ", " I ")).as((passage, join) -> {
                    String once = passage.trim() + join;
                    int tokens = Math.max(1, once.trim().split("\\s+").length);
                    return once.repeat(Math.max(2, 300 / tokens + 1)) + "end.";
                });
    }

    @Property(tries = 40)
    void aLongSentenceRepeatingItselfGivesWhatEachPatternFindsTriedAtEveryToken(
            @ForAll("longSentencesRepeatingAPassage") String text) {
        LetterText letter = new LetterText(text, SPLITTER, RUBRIC.language());
        List<List<TokenHit>> found = new TokenMatches(PATTERNS, INDEX, letter.tokens()).find(null);
        List<List<TokenHit>> inHalves = new TokenMatches(PATTERNS, INDEX, letter.tokens(), 0).find(null);
        for (int p = 0; p < PATTERNS.size(); p++) {
            List<String> plain = plainMatches(PATTERNS.get(p), letter.tokens());
            assertThat(describe(found.get(p))).as("'%s' on %s", PATTERNS.get(p).source(), text).isEqualTo(plain);
            assertThat(describe(inHalves.get(p))).as("in halves: '%s' on %s", PATTERNS.get(p).source(), text)
                    .isEqualTo(plain);
        }
    }

    /**
     * A long sentence's start tokens are collected and matched a window at a time, each
     * pattern going on from where its last match ended; here the windows are a few tokens, so
     * that matches run across their edges, runs of repeated tokens are cut by them, and halves
     * are joined from windowed halves.
     */
    @Property(tries = 100)
    void matchedAFewTokensAtATimeEachSentenceGivesWhatEachPatternFindsTriedAtEveryToken(
            @ForAll("runsOfWords") String text, @ForAll @IntRange(min = 1, max = 9) int window) {
        LetterText letter = new LetterText(text, SPLITTER, RUBRIC.language());
        TokenizedText tokens = letter.tokens();
        List<List<TokenHit>> found = new TokenMatches(PATTERNS, INDEX, new LexiconMemo(tokens), TokenMatches.NEVER,
                window).find(null);
        List<List<TokenHit>> inHalves = new TokenMatches(PATTERNS, INDEX, new LexiconMemo(tokens), 0, window)
                .find(null);
        for (int p = 0; p < PATTERNS.size(); p++) {
            List<String> plain = plainMatches(PATTERNS.get(p), tokens);
            assertThat(describe(found.get(p))).as("window %d: '%s' on %s", window, PATTERNS.get(p).source(), text)
                    .isEqualTo(plain);
            assertThat(describe(inHalves.get(p))).as("window %d, in halves: '%s' on %s", window,
                    PATTERNS.get(p).source(), text).isEqualTo(plain);
        }
    }

    @Property(tries = 30)
    void aSentenceCacheChangesNothing(@ForAll("runsOfWords") String text) {
        LetterText letter = new LetterText(text, SPLITTER, RUBRIC.language());
        List<List<TokenHit>> fresh = new TokenMatches(PATTERNS, INDEX, letter.tokens()).find(null);
        SentenceCache cache = new SentenceCache(64);
        new TokenMatches(PATTERNS, INDEX, letter.tokens()).find(cache);
        List<List<TokenHit>> cached = new TokenMatches(PATTERNS, INDEX, letter.tokens()).find(cache);
        for (int p = 0; p < PATTERNS.size(); p++) {
            assertThat(describe(cached.get(p))).isEqualTo(describe(fresh.get(p)));
        }
    }

    /** The plain definition: every token tried, no index, no runs, no memo shared with other patterns. */
    private static List<String> plainMatches(TokenPattern pattern, TokenizedText tokens) {
        TokenMatcher matcher = pattern.matcher(tokens);
        List<String> out = new ArrayList<>();
        int next = 0;
        for (int s = 0; s < tokens.size(); s++) {
            if (s >= next && matcher.matchAt(s)) {
                Span[] parts = new Span[pattern.partNames().size()];
                for (int q = 0; q < parts.length; q++) {
                    parts[q] = matcher.part(q);
                }
                out.add(matcher.highlight() + " " + Arrays.toString(parts));
                next = Math.max(matcher.end(), s + 1);
            }
        }
        return out;
    }

    private static List<String> describe(List<TokenHit> hits) {
        return hits.stream().map(h -> h.highlight() + " " + Arrays.toString(h.parts())).toList();
    }
}
