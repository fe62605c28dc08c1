import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.text.LetterText;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * In a fresh JVM (run it with the launcher's options, as prepare-cost.sh does): the CPU time of
 * this thread to do the rubric-free part of reading a file ({@link LetterText#prepare}), which
 * {@code score} does on a second core, and then to load the built-in rubric, which the main
 * thread does meanwhile. What the first costs is what leaves the critical path, up to the second.
 */
public class PrepareCost {

    public static void main(String[] args) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        String text = Files.readString(Path.of(args[0]));
        long c0 = threads.getCurrentThreadCpuTime();
        LetterText.prepare(text);
        long c1 = threads.getCurrentThreadCpuTime();
        Rubric.builtIn();
        long c2 = threads.getCurrentThreadCpuTime();
        System.out.printf("%-24s prepare %4.0f ms CPU   rubric %4.0f ms CPU%n", Path.of(args[0]).getFileName(),
                (c1 - c0) / 1e6, (c2 - c1) / 1e6);
    }
}
