package com.followupcoach.scoring.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.rubric.Rule;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import com.followupcoach.scoring.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A matcher skips a start whose reach looks exactly like one that just failed (that keeps a
 * megabyte of "I I I" linear and cheap). The skip must never lose a match: every pattern of the
 * built-in rubric, on texts made of repeated phrases from the rules' own examples, finds the
 * same matches as when every token is tried from scratch.
 */
class RepeatedRunsTest {

    private static final Rubric RUBRIC = Rubric.builtIn();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(RUBRIC.settings().abbreviations());

    @Test
    void skippingRepeatedReachesLosesNoMatch() {
        List<TokenPattern> patterns = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (Rule rule : RUBRIC.rules()) {
            patterns.addAll(rule.tokens().patterns());
            for (String example : rule.matchExamples()) {
                String plain = example.replace("[[", "").replace("]]", "");
                int arrow = plain.indexOf(" => ");
                phrases.add(arrow >= 0 ? plain.substring(0, arrow) : plain);
            }
        }
        Random random = new Random(11);
        String[] joins = {" ", " ", ", ", ". ", "! ", "\n", " \"", "\" ", " I "};
        PatternIndex index = new PatternIndex(patterns);
        for (int round = 0; round < 40; round++) {
            StringBuilder text = new StringBuilder();
            String phrase = phrases.get(random.nextInt(phrases.size()));
            String other = phrases.get(random.nextInt(phrases.size()));
            for (int i = 0, n = 5 + random.nextInt(30); i < n; i++) {
                text.append(random.nextInt(6) == 0 ? other : phrase).append(joins[random.nextInt(joins.length)]);
            }
            LetterText letter = new LetterText(text.toString(), SPLITTER, RUBRIC.language());
            int[][] starts = index.candidates(letter.tokens());
            for (int p = 0; p < patterns.size(); p++) {
                List<Span> skipping = new ArrayList<>();
                patterns.get(p).matcher(letter.tokens()).findAll(starts[p], skipping);
                List<Span> fromScratch = new ArrayList<>();
                patterns.get(p).matcher(letter.tokens()).findAll(fromScratch);
                assertThat(skipping).as("'%s' on %s", patterns.get(p).source(), text).isEqualTo(fromScratch);
            }
        }
    }
}
