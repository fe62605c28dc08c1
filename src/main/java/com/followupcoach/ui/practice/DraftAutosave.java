package com.followupcoach.ui.practice;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Saves drafts as the learner types, off the FX thread: about {@link #PAUSE} after typing
 * stops, and at least every {@link #MAX_INTERVAL} while it goes on, so a crash during steady
 * typing loses at most the last couple of seconds.
 *
 * <p>A draft stays in memory until its write succeeds. A failed write (a full disk, a file
 * gone read-only) is reported at once and retried every {@link #RETRY}; the first write that
 * succeeds afterwards is reported too, so the warning can go. {@link #flush()} writes
 * everything still unsaved on the caller's thread: on window close, on SIGTERM, before the
 * learner changes.
 */
public final class DraftAutosave implements AutoCloseable {

    public static final Duration PAUSE = Duration.ofMillis(1500);
    public static final Duration MAX_INTERVAL = Duration.ofMillis(2000);
    public static final Duration RETRY = Duration.ofSeconds(3);

    /** Writes one draft, or throws with a message fit for the learner. */
    @FunctionalInterface
    public interface Sink {
        void save(long owner, String taskId, String text, Optional<OwnScenario> scenario);
    }

    /** Hears how saving goes; called on the saving thread. */
    public interface Listener {
        Listener NONE = new Listener() {
            @Override
            public void failed(RuntimeException reason) {
            }

            @Override
            public void recovered() {
            }
        };

        /** A write failed; the draft is still in memory and will be tried again. */
        void failed(RuntimeException reason);

        /** Everything unsaved after a failure has now been written. */
        void recovered();
    }

    /** Runs a task later; replaceable so that tests move time by hand. */
    public interface Scheduler extends AutoCloseable {
        Runnable schedule(Duration delay, Runnable task);

        @Override
        void close();
    }

    private record Key(long owner, String taskId) {
    }

    private record Unsaved(String text, Optional<OwnScenario> scenario) {
    }

    private final Sink sink;
    private final LongSupplier owner;
    private final Scheduler scheduler;
    private final Listener listener;
    private final Map<Key, Unsaved> unsaved = new LinkedHashMap<>();
    /** One write at a time: a flush and a scheduled save never interleave their writes. */
    private final ReentrantLock writing = new ReentrantLock();
    private Runnable cancelPause = () -> { };
    private Runnable cancelDeadline;
    private boolean failing;
    private boolean closed;

    /**
     * @param sink      where drafts go
     * @param owner     who the draft belongs to, read when the learner types (a later write
     *                  still goes to that learner after a switch)
     * @param scheduler runs the saves; {@link #ownThread()} in the app
     * @param listener  hears failures and recovery
     */
    public DraftAutosave(Sink sink, LongSupplier owner, Scheduler scheduler, Listener listener) {
        this.sink = sink;
        this.owner = owner;
        this.scheduler = scheduler;
        this.listener = listener;
    }

    /** A scheduler on one daemon thread of its own, started at the first save. */
    public static Scheduler ownThread() {
        return new ThreadScheduler();
    }

    /** The draft changed: it is saved after a pause, or when the interval runs out. */
    public synchronized void changed(String taskId, String text, Optional<OwnScenario> scenario) {
        if (closed) {
            return;
        }
        unsaved.put(new Key(owner.getAsLong(), taskId), new Unsaved(text, scenario));
        cancelPause.run();
        cancelPause = scheduler.schedule(PAUSE, this::saveNow);
        // The deadline is not moved by further typing: that is what bounds the loss.
        if (cancelDeadline == null) {
            cancelDeadline = scheduler.schedule(MAX_INTERVAL, this::saveNow);
        }
    }

    /** Saves what is unsaved soon, on the saving thread (task switch, Ctrl+S). */
    public synchronized void saveSoon() {
        if (!closed && !unsaved.isEmpty()) {
            cancelTimers();
            cancelDeadline = scheduler.schedule(Duration.ZERO, this::saveNow);
        }
    }

    /** The draft of this task for the current learner that is not written yet, if any. */
    public synchronized Optional<PracticeRecords.SavedDraft> unsaved(String taskId) {
        return Optional.ofNullable(unsaved.get(new Key(owner.getAsLong(), taskId)))
                .map(u -> new PracticeRecords.SavedDraft(u.text(), u.scenario()));
    }

    public synchronized boolean hasUnsaved() {
        return !unsaved.isEmpty();
    }

    /** Writes everything unsaved now, on this thread; true when nothing is left unsaved. */
    public boolean flush() {
        saveNow();
        return !hasUnsaved();
    }

    /** Flushes, then stops: later changes are ignored (the window is going away). */
    @Override
    public void close() {
        flush();
        synchronized (this) {
            closed = true;
            cancelTimers();
        }
        scheduler.close();
    }

    private void saveNow() {
        writing.lock();
        try {
            Map<Key, Unsaved> batch;
            synchronized (this) {
                cancelTimers();
                batch = new LinkedHashMap<>(unsaved);
            }
            for (Map.Entry<Key, Unsaved> entry : batch.entrySet()) {
                if (!write(entry.getKey(), entry.getValue())) {
                    retryLater();
                    return;
                }
            }
            boolean recovered;
            synchronized (this) {
                recovered = failing && unsaved.isEmpty();
                failing = failing && !recovered;
            }
            if (recovered) {
                listener.recovered();
            }
        } finally {
            writing.unlock();
        }
    }

    private boolean write(Key key, Unsaved draft) {
        try {
            sink.save(key.owner(), key.taskId(), draft.text(), draft.scenario());
        } catch (RuntimeException e) {
            synchronized (this) {
                failing = true;
            }
            listener.failed(e);
            return false;
        }
        synchronized (this) {
            // Typing may have gone on while it was written: only the written text is done.
            unsaved.remove(key, draft);
        }
        return true;
    }

    private synchronized void retryLater() {
        if (!closed && cancelDeadline == null) {
            cancelDeadline = scheduler.schedule(RETRY, this::saveNow);
        }
    }

    private void cancelTimers() {
        cancelPause.run();
        cancelPause = () -> { };
        if (cancelDeadline != null) {
            cancelDeadline.run();
            cancelDeadline = null;
        }
    }

    /** One daemon thread, so a pending save never keeps the process alive. */
    private static final class ThreadScheduler implements Scheduler {
        private ScheduledExecutorService executor;

        @Override
        public synchronized Runnable schedule(Duration delay, Runnable task) {
            if (executor == null) {
                executor = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread thread = new Thread(r, "draft-autosave");
                    thread.setDaemon(true);
                    return thread;
                });
            }
            if (executor.isShutdown()) {
                return () -> { };
            }
            ScheduledFuture<?> future = executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        }

        @Override
        public synchronized void close() {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }
}
