package com.followupcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A reply written above the e-mail it answers, as mail clients lay it out: the quoted
 * rejection below is the employer's text, so the letter is judged as if it were not there.
 */
class QuotedReplyTest {

    private static final ScoringEngine ENGINE = new ScoringEngine(Rubric.builtIn());

    /** A rejection with what would change the verdicts if it were read as the writer's. */
    private static final List<String> REJECTION = List.of(
            "Dear candidate,",
            "Thank you for your interest in the role. Unfortunately, after careful consideration, we have decided",
            "not to move forward with your application. Why not apply again next year? Frankly it was a waste of",
            "everyone's time and the interview panel were idiots to shortlist you.",
            "Please do not reply to this e-mail. Contact hiring@example.org or call 0161 496 0000.",
            "Kind regards,",
            "Recruitment Team");

    /** The ways clients put the answered e-mail below a reply. */
    static Stream<Arguments> threads() {
        Function<String, String> quoted = line -> "> " + line;
        String body = String.join("\n", REJECTION);
        String quotedBody = REJECTION.stream().map(quoted).collect(Collectors.joining("\n"));
        return Stream.of(
                Arguments.of("gmail", "On Mon, 3 Nov 2025 at 10:12, Sarah Jones <sarah.jones@example.org> wrote:\n"
                        + quotedBody),
                Arguments.of("gmail, header wrapped", "On Mon, 3 Nov 2025 at 10:12, Sarah Jones <\n"
                        + "sarah.jones@example.org> wrote:\n\n" + quotedBody),
                Arguments.of("apple mail, no quote marks", "On 3 Nov 2025, at 10:12, Recruitment wrote:\n\n" + body),
                Arguments.of("outlook", "________________________________\nFrom: Sarah Jones <sarah.jones@example.org>\n"
                        + "Sent: 03 November 2025 10:12\nTo: Tom Becker\nSubject: Your application\n\n" + body),
                Arguments.of("outlook, original message", "-----Original Message-----\nFrom: Recruitment\n"
                        + "Date: Monday, November 3, 2025 10:12 AM\nSubject: Your application\n\n" + body),
                Arguments.of("forwarded", "---------- Forwarded message ---------\nFrom: Recruitment\n\n" + body),
                Arguments.of("quote marks only", quotedBody));
    }

    static Stream<Arguments> lettersAndThreads() {
        return goodLetters().flatMap(letter -> threads().map(t -> Arguments.of(letter.getFileName().toString(),
                t.get()[0], t.get()[1])));
    }

    @ParameterizedTest(name = "{0} above a {1} thread")
    @MethodSource("lettersAndThreads")
    void aThreadQuotedBelowTheLetterChangesNoVerdict(String file, String client, String thread) throws IOException {
        String letter = Files.readString(Path.of("src/test/resources/letters", file)).stripTrailing();

        Critique alone = ENGINE.score(letter, Scenario.NONE);
        Critique withThread = ENGINE.score(letter + "\n\n" + thread + "\n", Scenario.NONE);

        assertThat(statuses(withThread)).isEqualTo(statuses(alone));
        assertThat(withThread.score()).isEqualTo(alone.score());
        assertThat(withThread.findings()).allMatch(f -> f.end() <= letter.length());
    }

    @Test
    void theRejectionReadAsTheWritersOwnWordsWouldChangeTheVerdicts() {
        String letter = "Dear Sarah,\n\nThank you for letting me know. I'm still very interested in joining the team.\n\n"
                + "Best wishes,\nTom";
        Critique alone = ENGINE.score(letter, Scenario.NONE);
        Critique pasted = ENGINE.score(letter + "\n\n" + String.join("\n", REJECTION), Scenario.NONE);

        assertThat(statuses(pasted)).isNotEqualTo(statuses(alone));
        assertThat(status(pasted, Criterion.TONE)).isEqualTo(Status.MISSING);
    }

    @Test
    void aReplyWrittenBetweenQuotedLinesIsJudgedAndTheQuotedLinesAreNot() {
        String text = "> We have decided not to move forward with your application.\n"
                + "Thank you for letting me know, and for your time; I understand your decision.\n"
                + "> You were an idiot in the interview.\n"
                + "I remain very interested in the company and hope to work with you in future.\n"
                + "Best wishes,\nTom\n";

        Critique c = ENGINE.score(text, Scenario.NONE);

        assertThat(status(c, Criterion.GRATITUDE)).isEqualTo(Status.MET);
        assertThat(status(c, Criterion.CONTINUED_INTEREST)).isEqualTo(Status.MET);
        assertThat(status(c, Criterion.TONE)).isEqualTo(Status.MET);
    }

    @Test
    void aMemoHeaderAboveTheLetterIsTheLettersOwnAndStaysJudged() {
        String memo = "From: Tom Becker\nSent: 4 November 2025\nTo: Sarah Jones\nSubject: Thank you\n\n"
                + "Dear Sarah,\n\nThank you for letting me know. You were all idiots to pick someone else.\n\n"
                + "Best wishes,\nTom";

        assertThat(status(ENGINE.score(memo, Scenario.NONE), Criterion.TONE)).isEqualTo(Status.MISSING);
        assertThat(status(ENGINE.score(memo, Scenario.NONE), Criterion.GRATITUDE)).isEqualTo(Status.MET);
    }

    private static Stream<Path> goodLetters() {
        try {
            return Files.readAllLines(Path.of("src/test/resources/letters/letters.tsv")).stream().skip(1)
                    .map(line -> line.split("\t")).filter(cols -> cols[1].equals("good"))
                    .map(cols -> Path.of("src/test/resources/letters", cols[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Criterion, Status> statuses(Critique c) {
        return c.criteria().stream().collect(Collectors.toMap(CriterionResult::criterion, CriterionResult::status));
    }

    private static Status status(Critique c, Criterion criterion) {
        return c.result(criterion).map(CriterionResult::status).orElseThrow();
    }
}
