import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Scenario;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (of this thread, so a busy machine distorts it less than wall time) of one critique
 * of each letter FILE: a first critique (an engine that keeps no sentence), and the critique
 * after a one-word edit through the engine the editor keeps, both when two versions alternate
 * and when the edited word is new each time. Mean over many rounds after a warm-up.
 */
public class EditCost {

    static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static void main(String[] files) throws Exception {
        Rubric rubric = Rubric.builtIn();
        ScoringEngine first = new ScoringEngine(rubric, 0);
        ScoringEngine editor = new ScoringEngine(rubric);
        int rounds = 2_000;
        for (String file : files) {
            String text = Files.readString(Path.of(file));
            int at = text.indexOf(' ', text.length() / 2);
            String edited = text.substring(0, at) + " really" + text.substring(at);
            double fresh = 0;
            double alternate = 0;
            double newWord = 0;
            for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT up
                long t0 = cpu();
                for (int i = 0; i < rounds; i++) {
                    first.score(text, Scenario.NONE);
                }
                long t1 = cpu();
                for (int i = 0; i < rounds; i++) {
                    editor.score(i % 2 == 0 ? text : edited, Scenario.NONE);
                }
                long t2 = cpu();
                for (int i = 0; i < rounds; i++) {
                    editor.score(text.substring(0, at) + " q" + Integer.toString(pass * rounds + i, 26)
                            .replaceAll("[0-9]", "x") + text.substring(at), Scenario.NONE);
                }
                long t3 = cpu();
                fresh = (t1 - t0) / 1e3 / rounds;
                alternate = (t2 - t1) / 1e3 / rounds;
                newWord = (t3 - t2) / 1e3 / rounds;
            }
            System.out.printf("%-36s first critique %7.1f us   after an edit (two versions) %7.1f us   (new word) %7.1f us%n",
                    Path.of(file).getFileName(), fresh, alternate, newWord);
        }
    }
}
