package com.followupcoach.bench;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Scenario;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to score one letter: a 300-word letter, text of 1 KB to 1 MB made by repeating a
 * letter (so every detector has work to do at every size), one sentence of 16,000 or
 * 64,000 words and of 1 MB (cost must grow linearly with a sentence's length too), 1 MB of one
 * word, of no space at all and of punctuation, and the letter re-scored after a one-word edit
 * through the same engine (its per-sentence cache). Run with the {@code bench}
 * profile; the command is in docs/scoring.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScoringBenchmark {

    static final String LETTER = """
            Subject: Senior Analyst - thank you

            Dear Ms Castellano,

            Thank you for calling me on Friday to let me know that you have offered the Senior Analyst role to \
            another candidate. I appreciated hearing it from you directly, and I respect the decision; I know how \
            many strong people you met.

            I want you to know how much I valued the process. The conversation with you and Greg about the new \
            pricing model was one of the most thoughtful interviews I have had in years, and the panel with your \
            regional leads gave me a real sense of how closely finance and sales work together at Bellweather. \
            If anything, those conversations made me more certain that it is a company I would like to be part of.

            Since we last spoke, I have completed the CIMA Management Level exams, and I have just finished a \
            forecasting project that cut month-end reporting time by a third. I also have several years of \
            treasury experience that did not come up in our discussions, because it was not central to this \
            role, but it may be useful to other teams.

            With that in mind, I would be grateful if you would keep me in mind for future openings in finance \
            or planning. If you or Greg are comfortable sharing any feedback on where my application fell short, \
            I would genuinely welcome it; even a sentence or two by email would help. You can reach me at \
            lauren.whitaker@example.com or on 07700 900193.

            Thank you again for your time and generosity throughout the process.

            Warm regards,

            Lauren Whitaker
            """;

    @Param({"letter-300-words", "letter-300-words-one-word-edit", "letter-300-words-new-word-edit", "1KB", "10KB",
            "100KB", "1MB", "sentence-16k-words", "sentence-64k-words", "1MB-one-sentence", "1MB-one-word",
            "1MB-no-spaces", "1MB-punctuation", "1MB-exclamation-marks"})
    public String size;

    private ScoringEngine engine;
    private String text;
    /** For the edit cases: the letter with one word of one sentence changed. */
    private String edited;
    private int edits;

    @Setup
    public void setUp() {
        // the edit cases use the engine as the editor does, keeping recent sentences; the others
        // one that keeps none, so every critique is a first one, as for a letter just opened
        engine = size.endsWith("-edit") ? new ScoringEngine(Rubric.builtIn()) : new ScoringEngine(Rubric.builtIn(), 0);
        text = switch (size) {
            case "letter-300-words", "letter-300-words-one-word-edit", "letter-300-words-new-word-edit" -> LETTER;
            case "1KB" -> repeatTo(1_024);
            case "10KB" -> repeatTo(10_240);
            case "100KB" -> repeatTo(102_400);
            case "1MB" -> repeatTo(1_048_576);
            case "sentence-16k-words" -> oneSentence(16_000);
            case "sentence-64k-words" -> oneSentence(64_000);
            case "1MB-one-sentence" -> oneSentence(1_048_576 / 7);
            // shapes that stress the token layer: half a million tokens "I" in one sentence,
            // one token of a megabyte, a million one-character tokens
            case "1MB-one-word" -> "I ".repeat(524_288);
            case "1MB-no-spaces" -> "a".repeat(1_048_576);
            case "1MB-punctuation" -> "!,.?;".repeat(209_715);
            case "1MB-exclamation-marks" -> "!".repeat(1_048_576);
            default -> throw new IllegalArgumentException(size);
        };
        edited = LETTER.replace("most thoughtful interviews", "most searching interviews");
    }

    /**
     * The engine the editor keeps scores the letter as the writer types: "one-word-edit" scores
     * two versions that differ by one word in turn (as when a word is typed and undone);
     * "new-word-edit" puts a word never seen before into one sentence each time (as when typing
     * on), so that sentence is analysed afresh and the others come from the engine's cache.
     */
    @Benchmark
    public Critique score() {
        return switch (size) {
            case "letter-300-words-one-word-edit" -> engine.score(edits++ % 2 == 0 ? text : edited, Scenario.NONE);
            case "letter-300-words-new-word-edit" -> engine.score(LETTER.replace("most thoughtful interviews",
                    "most " + newWord(edits++) + " interviews"), Scenario.NONE);
            default -> engine.score(text, Scenario.NONE);
        };
    }

    /** A word of letters made from the number, different for every number. */
    private static String newWord(int n) {
        StringBuilder word = new StringBuilder("q");
        for (int k = n; k > 0; k /= 26) {
            word.append((char) ('a' + k % 26));
        }
        return word.toString();
    }

    /**
     * One sentence of letter words with no full stop until the end: the shape that once made
     * the cost grow with the square of the sentence length.
     */
    private static String oneSentence(int words) {
        String[] vocabulary = LETTER.replaceAll("[^A-Za-z' ]", " ").trim().split(" +");
        StringBuilder out = new StringBuilder("Dear Ms Castellano,\n\n");
        for (int i = 0; i < words; i++) {
            out.append(vocabulary[(i * 7919) % vocabulary.length]).append(' ');
        }
        return out.append("end.\n\nWarm regards,\nLauren\n").toString();
    }

    private static String repeatTo(int chars) {
        StringBuilder out = new StringBuilder(chars);
        while (out.length() < chars) {
            out.append(LETTER);
        }
        return out.substring(0, chars);
    }
}
