import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Scenario;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A whole critique of each file four times in one JVM, each with a new engine (an engine keeps
 * the matches of sentences it has seen): wall and CPU time of this thread, so the first
 * (cold) run can be read against the warm ones under the same JIT settings (run it with the
 * launcher's options, as prepare-cost.sh does).
 */
public class WarmScore {

    public static void main(String[] args) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        Rubric rubric = Rubric.builtIn();
        for (String file : args) {
            String text = Files.readString(Path.of(file));
            StringBuilder line = new StringBuilder(String.format("%-24s wall/CPU ms:", Path.of(file).getFileName()));
            for (int i = 0; i < 4; i++) {
                ScoringEngine engine = new ScoringEngine(rubric);
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                engine.score(text, Scenario.NONE);
                line.append(String.format("  %.0f/%.0f", (System.nanoTime() - wall) / 1e6,
                        (threads.getCurrentThreadCpuTime() - cpu) / 1e6));
            }
            System.out.println(line);
        }
    }
}
