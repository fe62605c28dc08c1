package com.followupcoach.app;

import com.followupcoach.ui.theme.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The colour theme of the last session, as one word in a small file beside the progress
 * store. The window's first frame is drawn before the store has opened, so without it a
 * learner who chose the dark or high-contrast theme would see a white loading screen at every
 * start (on a projector in a darkened room, a flash). The store stays the record of the
 * setting; this file is only a hint, and a missing or unreadable one means the light theme.
 */
final class ThemeHint {

    static final String FILE_NAME = "theme";
    // A theme id is a short word: a larger file is not ours to read.
    private static final long MAX_BYTES = 64;

    private ThemeHint() {
    }

    static Optional<Theme> read(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            return Theme.byId(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Writes the hint if it differs from what is there. A failure is left silent: the store
     * has already kept the setting, and the worst outcome is one loading screen in the wrong
     * colours.
     */
    static void write(Path dataDir, Theme theme) {
        if (read(dataDir).equals(Optional.of(theme))) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            Files.writeString(dataDir.resolve(FILE_NAME), theme.id() + "\n", StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException notWritten) {
            // See above: the hint is cosmetic.
        }
    }
}
