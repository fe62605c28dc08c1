package com.followupcoach.progress;

/** Lets tests outside this package leave a store as a crash would (see ProgressStore). */
public final class CrashSimulation {

    private CrashSimulation() {
    }

    public static void crash(ProgressStore store) {
        store.abandonAsIfCrashed();
    }
}
