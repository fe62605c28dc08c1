package com.followupcoach.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code progress.db.damaged}: left when SQLITE_CORRUPT or NOTADB shows up while the app
 * runs. The open-time check reads only part of a big file; this mark makes the next start
 * move the file aside and recover it before anything writes to it again.
 */
final class DamageMark {

    private DamageMark() {
    }

    static Path of(Path database) {
        return database.resolveSibling(database.getFileName() + ".needs-recovery");
    }

    static void leave(Path database) {
        try {
            Files.writeString(of(database), "SQLite reported damage; the next start recovers this file.\n");
        } catch (IOException e) {
            // The store already refuses further writes; the next quick_check may still see it.
        }
    }
}
