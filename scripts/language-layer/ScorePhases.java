import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.detect.RuleSet;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Scenario;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a cold {@code score} of one file spends its time, phase by phase, in one fresh JVM (run
 * it with the launcher's options, as score-phases.sh does): loading the rubric, building the
 * engine, the language layer, the token rules, and the whole critique, with the garbage
 * collector's share. Each phase is timed once, cold, as the command meets it.
 */
public class ScorePhases {

    static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += b.getCollectionTime();
        }
        return sum;
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        long untilMain = System.currentTimeMillis() - jvmStart;
        String text = Files.readString(Path.of(args[0]));
        long t1 = System.nanoTime();
        Rubric rubric = Rubric.builtIn();
        long t2 = System.nanoTime();
        ScoringEngine engine = new ScoringEngine(rubric);
        long t3 = System.nanoTime();
        long gc0 = gcMillis();
        LetterText letter = new LetterText(text, new SentenceSplitter(rubric.settings().abbreviations()),
                rubric.language());
        letter.tokens();
        long t4 = System.nanoTime();
        new RuleSet(rubric, 0).run(letter);
        long t5 = System.nanoTime();
        long gc1 = gcMillis();
        Critique c = engine.score(text, Scenario.NONE);
        long t6 = System.nanoTime();
        long gc2 = gcMillis();
        System.out.printf("%-22s until main %4d ms  read %4.0f  rubric %4.0f  engine %4.0f | layer %5.0f  rules %5.0f (gc %4d) | score %5.0f (gc %4d) ms  findings %d%n",
                Path.of(args[0]).getFileName(), untilMain, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6,
                (t4 - t3) / 1e6, (t5 - t4) / 1e6, gc1 - gc0, (t6 - t5) / 1e6, gc2 - gc1, c.findings().size());
    }
}
