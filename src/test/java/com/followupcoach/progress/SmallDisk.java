package com.followupcoach.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real, size-limited file system (tmpfs) for full-disk tests, where this process may
 * mount one (root with CAP_SYS_ADMIN); {@link #mount} says false elsewhere, and the test
 * falls back to a simulated failure.
 */
public final class SmallDisk {

    private SmallDisk() {
    }

    public static boolean mount(Path dir, int megabytes) {
        return run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0700", "tmpfs", dir.toString());
    }

    public static void unmount(Path dir) {
        run("umount", "-l", dir.toString());
    }

    /** Fills the disk with one file until the OS says there is no space left. */
    public static Path fill(Path dir) throws IOException {
        Path filler = dir.resolve("filler");
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException noSpaceLeft) {
            return filler;
        }
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
