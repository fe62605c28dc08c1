package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.progress.Draft;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN.md: "a draft survives a crash: at most the last couple of seconds of typing are
 * lost". A separate process types steadily, with no pause at all, and is killed mid-word.
 */
class DraftSurvivesKillTest {

    /** About 6 s of typing: three autosave intervals at least. */
    private static final int KEYSTROKES_BEFORE_KILL = 300;
    private static final int ALLOWED_LOSS_MILLIS = 2500;

    @TempDir
    Path dataDir;

    @Test
    void sigkillDuringContinuousTypingLosesAtMostTheLastInterval() throws Exception {
        Process child = start();
        AtomicInteger shown = new AtomicInteger();
        CountDownLatch typedEnough = new CountDownLatch(1);
        Thread reader = readTyped(child, shown, typedEnough);
        assertThat(typedEnough.await(60, TimeUnit.SECONDS)).isTrue();
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join();

        String saved = savedDraft();
        assertThat(TypingChild.typed(saved.length())).isEqualTo(saved);
        // The autosave writes at least every 2 s; half a second more covers a slow write on
        // a busy machine. Counted in keystrokes: the child may fall behind its 20 ms pace,
        // which only makes the bound looser in time, never tighter.
        int lost = shown.get() - saved.length();
        System.out.printf("SIGKILL after %d keystrokes: %d saved, %d lost%n", shown.get(), saved.length(), lost);
        assertThat(lost).isLessThanOrEqualTo(ALLOWED_LOSS_MILLIS / (int) TypingChild.KEYSTROKE_MILLIS);
        assertThat(saved.length()).isGreaterThan(KEYSTROKES_BEFORE_KILL / 3);
    }

    @Test
    void sigtermDuringContinuousTypingSavesEverythingTyped() throws Exception {
        Process child = start();
        AtomicInteger shown = new AtomicInteger();
        CountDownLatch typedEnough = new CountDownLatch(1);
        Thread reader = readTyped(child, shown, typedEnough);
        assertThat(typedEnough.await(60, TimeUnit.SECONDS)).isTrue();
        int onScreenAtSignal = shown.get();
        child.destroy();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join();

        String saved = savedDraft();
        assertThat(TypingChild.typed(saved.length())).isEqualTo(saved);
        assertThat(saved.length()).isGreaterThanOrEqualTo(onScreenAtSignal);
    }

    private String savedDraft() {
        try (ProgressStore store = new ProgressStoreOpener(Clock.systemUTC()).openShared(dataDir).store()) {
            long me = store.profiles().lastActive().id();
            return store.drafts().find(me, TypingChild.TASK).map(Draft::text).orElse("");
        }
    }

    private Process start() throws IOException, URISyntaxException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(ChildClasspath.of(TypingChild.class));
        command.add(TypingChild.class.getName());
        command.add(dataDir.toString());
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static Thread readTyped(Process child, AtomicInteger shown, CountDownLatch typedEnough) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("typed ")) {
                        shown.set(Integer.parseInt(line.substring("typed ".length())));
                        if (shown.get() >= KEYSTROKES_BEFORE_KILL) {
                            typedEnough.countDown();
                        }
                    }
                }
            } catch (IOException ended) {
                // The child is gone: what it printed so far is what counts.
            }
        });
        reader.start();
        return reader;
    }
}
