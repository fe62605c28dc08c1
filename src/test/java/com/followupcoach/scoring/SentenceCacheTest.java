package com.followupcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The engine the editor keeps re-scores a letter after each edit from the sentences it has
 * seen before; whatever the edits, its critique must be exactly the one a fresh engine gives.
 * Edits replace, insert and delete words, and add or remove full stops, so sentences are split
 * and merged as a writer's typing does.
 */
class SentenceCacheTest {

    private static final Rubric RUBRIC = Rubric.builtIn();
    /** Shared by every try, as the app shares one engine: its cache fills and evicts across letters. */
    private static final ScoringEngine EDITOR_ENGINE = new ScoringEngine(RUBRIC);
    /** Keeps nothing: every sentence of every letter analysed afresh, as by a new engine. */
    private static final ScoringEngine KEEPS_NOTHING = new ScoringEngine(RUBRIC, 0);
    private static final List<String> LETTERS = letters();
    private static final List<String> WORDS = List.of("I", "not", "thank", "you", "sorry", "feedback", "please",
            "reconsider", "role", "again", "keep", "me", "in", "mind", "disappointed", "grateful", "but", "Dear",
            "regards", "unfortunately", ",", "!", "hope", "decision", "the");

    enum Kind { REPLACE, INSERT, DELETE, SPLIT, MERGE }

    record Edit(Kind kind, double where, String word) {

        String apply(String text) {
            if (text.isEmpty()) {
                return word;
            }
            int at = (int) (where * text.length());
            int wordStart = text.lastIndexOf(' ', Math.max(0, at - 1)) + 1;
            int wordEnd = text.indexOf(' ', at);
            wordEnd = wordEnd < 0 ? text.length() : wordEnd;
            return switch (kind) {
                case REPLACE -> text.substring(0, wordStart) + word + text.substring(Math.max(wordStart, wordEnd));
                case INSERT -> text.substring(0, wordStart) + word + " " + text.substring(wordStart);
                case DELETE -> text.substring(0, wordStart) + text.substring(Math.min(text.length(), wordEnd + 1));
                case SPLIT -> text.substring(0, wordEnd) + ". " + capitalised(text.substring(Math.min(text.length(),
                        wordEnd + 1)));
                case MERGE -> merge(text, at);
            };
        }

        /** Removes the first full stop from {@code at} on, joining its sentence to the next. */
        private static String merge(String text, int at) {
            int stop = text.indexOf('.', at);
            return stop < 0 ? text : text.substring(0, stop) + text.substring(stop + 1);
        }

        private static String capitalised(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }

    @Provide
    Arbitrary<Edit> edits() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.doubles().between(0, 1),
                Arbitraries.of(WORDS)).as(Edit::new);
    }

    @Property(tries = 60)
    void afterAnyEditsTheCritiqueIsWhatAFreshEngineGives(@ForAll("letterIndex") int letter,
                                                        @ForAll("editLists") List<Edit> edits) {
        String text = LETTERS.get(letter);
        assertThat(EDITOR_ENGINE.score(text, Scenario.NONE)).isEqualTo(fresh(text));
        for (Edit edit : edits) {
            text = edit.apply(text);
            assertThat(EDITOR_ENGINE.score(text, Scenario.NONE)).as("after %s:%n%s", edit, text).isEqualTo(fresh(text));
        }
    }

    @Provide
    Arbitrary<Integer> letterIndex() {
        return Arbitraries.integers().between(0, LETTERS.size() - 1);
    }

    @Provide
    Arbitrary<List<Edit>> editLists() {
        return edits().list().ofMinSize(1).ofMaxSize(5);
    }

    @Test
    void editingBackAndForthGivesEachVersionItsOwnCritique() {
        String before = LETTERS.get(0);
        String after = before.replaceFirst("\\bthank\\b", "sorry");
        Critique first = EDITOR_ENGINE.score(before, Scenario.NONE);
        for (int i = 0; i < 3; i++) {
            assertThat(EDITOR_ENGINE.score(after, Scenario.NONE)).isEqualTo(fresh(after));
            assertThat(EDITOR_ENGINE.score(before, Scenario.NONE)).isEqualTo(first);
        }
    }

    /**
     * Two engines of two rubrics never share matches: the second rubric lacks the token rules,
     * so a letter they flag must lose those findings under it, even right after the first
     * engine has matched the same sentences.
     */
    @Test
    void anotherRubricDoesNotReuseTheFirstRubricsMatches() {
        Rubric withoutTokenRules = new Rubric(RUBRIC.source(), RUBRIC.criteria(),
                RUBRIC.rules().stream().filter(r -> r.tokens().patterns().isEmpty()).toList(),
                RUBRIC.misspellings(), RUBRIC.settings(), RUBRIC.language());
        ScoringEngine other = new ScoringEngine(withoutTokenRules);
        String letter = LETTERS.stream().filter(l -> !EDITOR_ENGINE.score(l, Scenario.NONE).equals(other.score(l,
                Scenario.NONE))).findFirst().orElseThrow(() -> new AssertionError("no letter is flagged by a token rule"));

        Critique underOther = other.score(letter, Scenario.NONE);

        assertThat(underOther).isEqualTo(new ScoringEngine(withoutTokenRules).score(letter, Scenario.NONE));
        assertThat(underOther).isNotEqualTo(EDITOR_ENGINE.score(letter, Scenario.NONE));
    }

    private static Critique fresh(String text) {
        return KEEPS_NOTHING.score(text, Scenario.NONE);
    }

    @Test
    void aNewEngineAndOneThatKeepsNothingAgreeOnEveryLetter() {
        for (String letter : LETTERS) {
            assertThat(new ScoringEngine(RUBRIC).score(letter, Scenario.NONE)).isEqualTo(fresh(letter));
        }
    }

    private static List<String> letters() {
        try (Stream<Path> files = Files.list(Path.of(SentenceCacheTest.class.getResource("/letters").toURI()))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(SentenceCacheTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
