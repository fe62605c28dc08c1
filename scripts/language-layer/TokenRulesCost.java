import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import com.followupcoach.vocabulary.Scenario;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (of this thread, best of four, so a busy machine distorts it less than wall time)
 * to tokenise each file and to score it with the built-in rubric, with and without its token
 * rules: what the language layer and the token rules cost on any shape of input. Each run uses
 * new engines, made before the clock starts: an engine keeps the matches of the sentences it
 * has seen, and a repeat through the same engine would time that cache instead.
 */
public class TokenRulesCost {

    static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static void main(String[] files) throws Exception {
        Rubric rubric = Rubric.builtIn();
        // Every rule is a token rule: without them, what is left is the language layer, layout,
        // proofreading and policies.
        Rubric withoutTokenRules = new Rubric(rubric.source(), rubric.criteria(), java.util.List.of(),
                rubric.misspellings(), rubric.settings(), rubric.language());
        SentenceSplitter splitter = new SentenceSplitter(rubric.settings().abbreviations());
        for (String file : files) {
            String text = Files.readString(Path.of(file));
            long tokens = Long.MAX_VALUE;
            long scoreWith = Long.MAX_VALUE;
            long scoreWithout = Long.MAX_VALUE;
            for (int i = 0; i < 4; i++) {
                LetterText letter = new LetterText(text, splitter);
                ScoringEngine with = new ScoringEngine(rubric);
                ScoringEngine without = new ScoringEngine(withoutTokenRules);
                long t0 = cpu();
                letter.tokens();
                long t1 = cpu();
                with.score(text, Scenario.NONE);
                long t2 = cpu();
                without.score(text, Scenario.NONE);
                long t3 = cpu();
                tokens = Math.min(tokens, t1 - t0);
                scoreWith = Math.min(scoreWith, t2 - t1);
                scoreWithout = Math.min(scoreWithout, t3 - t2);
            }
            System.out.printf("%-30s tokens %8.1f ms   score %8.1f ms   without rules %8.1f ms%n",
                    Path.of(file).getFileName(), tokens / 1e6, scoreWith / 1e6, scoreWithout / 1e6);
        }
    }
}
