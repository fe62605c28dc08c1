import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of one critique of the 300-word benchmark letter (ScoringBenchmark.LETTER), the
 * first one and warm, on this thread: steadier than JMH's clock on a shared machine.
 * Run through scripts/engine-cpu-time.sh, which passes the JVM options to compare.
 */
public class EngineCpuTime {
    public static void main(String[] args) throws Exception {
        Class<?> bench = Class.forName("com.followupcoach.bench.ScoringBenchmark");
        var f = bench.getDeclaredField("LETTER"); f.setAccessible(true);
        String letter = (String) f.get(null);
        var engine = new com.followupcoach.scoring.ScoringEngine(com.followupcoach.scoring.rubric.Rubric.builtIn());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int warm = Integer.parseInt(args[0]), runs = Integer.parseInt(args[1]);
        long first = mx.getCurrentThreadCpuTime();
        engine.score(letter, com.followupcoach.vocabulary.Scenario.NONE);
        long firstDone = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < warm; i++) engine.score(letter, com.followupcoach.vocabulary.Scenario.NONE);
        long start = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) engine.score(letter, com.followupcoach.vocabulary.Scenario.NONE);
        long end = mx.getCurrentThreadCpuTime();
        System.out.printf("first critique %.1f ms CPU; warm (after %d): %.0f us CPU per critique%n",
                (firstDone - first) / 1e6, warm, (end - start) / 1e3 / runs);
    }
}
