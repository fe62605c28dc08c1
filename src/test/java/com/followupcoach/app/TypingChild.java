package com.followupcoach.app;

import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import com.followupcoach.ui.practice.DraftAutosave;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * A learner typing steadily, run as its own process so that a test can kill it: the real
 * store, the real autosave on its own thread, and the app's shutdown flush. Prints
 * "typed N" after each keystroke, so the parent knows what was on screen when it killed.
 */
public final class TypingChild {

    static final String TASK = "your-own-letter-real";
    static final long KEYSTROKE_MILLIS = 20;

    private TypingChild() {
    }

    /** The text after {@code length} keystrokes: the same in parent and child. */
    static String typed(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(i % 10 == 9 ? ' ' : (char) ('a' + i % 26));
        }
        return text.toString();
    }

    public static void main(String[] args) throws InterruptedException {
        ProgressStore store = new ProgressStoreOpener(Clock.systemUTC()).openForApp(Path.of(args[0])).store();
        long me = store.profiles().lastActive().id();
        DraftAutosave autosave = new DraftAutosave(new StoreDraftSink(store), () -> me, DraftAutosave.ownThread(),
                DraftAutosave.Listener.NONE);
        ShutdownFlush.register(() -> {
            autosave.close();
            store.close();
        });
        System.out.println("ready");
        for (int length = 1; ; length++) {
            autosave.changed(TASK, typed(length), Optional.empty());
            System.out.println("typed " + length);
            Thread.sleep(KEYSTROKE_MILLIS);
        }
    }
}
