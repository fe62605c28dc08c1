package com.followupcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A probe kept as a regression guard: sentences of one move written by someone who had not read
 * the rules, and look-alikes that share their words. Rules were written after reading the probe's
 * misses, so what it guards is that at least so many of the moves are still found and none of the
 * look-alikes is; it is not a measure of how far the rules reach.
 */
abstract class ProbeGuard {

    private final String moves;
    private final int moveCount;
    private final int foundAtLeast;
    private final String lookAlikes;
    private final int lookAlikeCount;
    private final Predicate<String> found;

    /**
     * @param found whether a sentence, inside a short reply that thanks them for the news, shows the
     *              move ({@link ProbeSentences#makes}) or the problem ({@link ProbeSentences#breaks})
     */
    ProbeGuard(String moves, int moveCount, int foundAtLeast, String lookAlikes, int lookAlikeCount,
            Predicate<String> found) {
        this.moves = moves;
        this.moveCount = moveCount;
        this.foundAtLeast = foundAtLeast;
        this.lookAlikes = lookAlikes;
        this.lookAlikeCount = lookAlikeCount;
        this.found = found;
    }

    @Test
    void atLeastSoManyOfTheProbesSentencesAreFound() throws IOException {
        List<String> sentences = ProbeSentences.lines(moves);
        long count = sentences.stream().filter(found).count();
        assertThat(sentences).hasSize(moveCount);
        assertThat(count).as("found of %d in %s", sentences.size(), moves).isGreaterThanOrEqualTo(foundAtLeast);
    }

    @Test
    void noneOfItsLookAlikesIs() throws IOException {
        assertThat(ProbeSentences.lines(lookAlikes)).hasSize(lookAlikeCount).noneMatch(found);
    }
}
