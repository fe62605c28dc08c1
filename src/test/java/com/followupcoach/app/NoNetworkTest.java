package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.progress.Attempt;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN.md: "Nothing leaves the computer". The main flows run in a child JVM whose security
 * manager stops the process at any connect or host look-up; a control run that connects on
 * purpose proves the trap catches a real connect.
 */
class NoNetworkTest {

    @TempDir
    Path dir;

    @Test
    void theMainFlowsNeverConnect() throws Exception {
        Result result = run("flows", "0");
        assertThat(result.err()).doesNotContain("NETWORK:");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"score\":");
    }

    @Test
    void theDesktopWindowNeverConnects() throws Exception {
        Result result = run("window", "0");
        assertThat(result.err()).doesNotContain("NETWORK:");
        assertThat(result.exit()).as(result.err()).isZero();
        // The letter typed and submitted in the window was really scored and kept.
        try (ProgressStore store = new ProgressStoreOpener(Clock.systemUTC()).openShared(dir.resolve("data")).store()) {
            assertThat(store.attempts().all(store.profiles().lastActive().id())).extracting(Attempt::text)
                    .containsExactly(NoNetworkWindow.LETTER);
        }
    }

    @Test
    void aConnectIsCaught() throws Exception {
        try (ServerSocket listening = new ServerSocket(0)) {
            Result result = run("control", String.valueOf(listening.getLocalPort()));
            assertThat(result.exit()).isEqualTo(NoNetworkChild.CONNECTED);
            assertThat(result.err()).contains("NETWORK: tried to connect to 127.0.0.1:" + listening.getLocalPort());
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(String mode, String port) throws IOException, URISyntaxException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=allow", "-Djava.awt.headless=true",
                // The headless JavaFX of the pom's surefire argLine (JavaFX is on the class
                // path here, so the --add-opens it needs on the module path do not apply).
                "-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dheadless.geometry=1920x1200-32",
                "-cp", ChildClasspath.of(NoNetworkChild.class), NoNetworkChild.class.getName(), mode, dir.toString(), port));
        Process child = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(child.exitValue(), java.nio.file.Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                java.nio.file.Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
