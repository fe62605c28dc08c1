package com.followupcoach.progress;

import java.nio.file.Path;

/** Opens app stores on a temp folder with a hand-moved clock. */
final class StoreFixture {

    final Path dir;
    final MutableClock clock = MutableClock.utc("2026-03-02T09:00:00Z");

    StoreFixture(Path dir) {
        this.dir = dir;
    }

    ProgressStoreOpener opener() {
        return new ProgressStoreOpener(clock);
    }

    ProgressStore open() {
        OpenedStore opened = opener().openForApp(dir);
        if (!opened.persistent()) {
            throw new AssertionError("expected a persistent store, got: " + opened.warning());
        }
        return opened.store();
    }

    Path databaseFile() {
        return dir.resolve(ProgressStoreOpener.DATABASE_FILE);
    }
}
