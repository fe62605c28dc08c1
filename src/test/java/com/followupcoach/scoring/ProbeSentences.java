package com.followupcoach.scoring;

import static com.followupcoach.scoring.ScoringEngineTest.score;
import static com.followupcoach.scoring.ScoringEngineTest.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The probes in {@code src/test/resources/probes}: one sentence a line, each judged inside the same
 * short reply that thanks them for the news, so that only the sentence decides.
 */
final class ProbeSentences {

    private ProbeSentences() {
    }

    static List<String> lines(String resource) throws IOException {
        try (InputStream in = ProbeSentences.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** The criterion's status for the sentence in a short reply. */
    static Status statusIn(String sentence, Criterion criterion) {
        String reply = "Dear Sam,\n\nThank you for letting me know the outcome.\n\n" + sentence
                + "\n\nBest regards,\nAlex\n";
        return status(score(reply), criterion);
    }

    /** A move the sentence makes: its criterion met or partly met. */
    static boolean makes(String sentence, Criterion criterion) {
        Status status = statusIn(sentence, criterion);
        return status == Status.MET || status == Status.PARTIAL;
    }

    /** A problem the sentence has: its criterion anything but met. */
    static boolean breaks(String sentence, Criterion criterion) {
        return statusIn(sentence, criterion) != Status.MET;
    }
}
