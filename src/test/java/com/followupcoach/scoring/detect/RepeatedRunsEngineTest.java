package com.followupcoach.scoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.rubric.Rule;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import com.followupcoach.scoring.text.Span;
import com.followupcoach.scoring.tokens.PatternIndex;
import com.followupcoach.scoring.tokens.TokenPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * In a run of one repeated token the engine neither asks the lexicons again nor tries a pattern
 * again where it just failed. What the engine finds there, sentence by sentence through the
 * shared lexicon memo, must be what each pattern finds when it is tried at every token alone.
 */
class RepeatedRunsEngineTest {

    private static final Rubric RUBRIC = Rubric.builtIn();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(RUBRIC.settings().abbreviations());

    @Test
    void theEngineFindsInRunsWhatEachPatternFindsAlone() {
        List<TokenPattern> patterns = new ArrayList<>();
        List<String> words = new ArrayList<>(List.of("I", "i", "!", "very", "so", "thank", "you", "not", "\"fine\"",
                "sorry", "really", "please", "idiots", "lol"));
        for (Rule rule : RUBRIC.rules()) {
            patterns.addAll(rule.tokens().patterns());
            for (String example : rule.matchExamples()) {
                for (String w : example.replace("[[", "").replace("]]", "").split("\\s+")) {
                    if (!w.equals("=>")) {
                        words.add(w);
                    }
                }
            }
        }
        Random random = new Random(5);
        for (int round = 0; round < 30; round++) {
            StringBuilder text = new StringBuilder();
            for (int part = 0; part < 4; part++) {
                String word = words.get(random.nextInt(words.size()));
                String run = (word + " ").repeat(20 + random.nextInt(60));
                text.append(run).append(words.get(random.nextInt(words.size()))).append(' ');
                text.append(random.nextBoolean() ? ". " : "");
            }
            LetterText letter = new LetterText(text.toString(), SPLITTER, RUBRIC.language());
            List<List<TokenHit>> found = new TokenMatches(patterns, new PatternIndex(patterns), letter.tokens())
                    .find(null);
            for (int p = 0; p < patterns.size(); p++) {
                List<Span> alone = new ArrayList<>();
                patterns.get(p).matcher(letter.tokens()).findAll(alone);
                assertThat(found.get(p).stream().map(TokenHit::highlight).toList())
                        .as("'%s' on %s", patterns.get(p).source(), text).isEqualTo(alone);
            }
        }
    }
}
