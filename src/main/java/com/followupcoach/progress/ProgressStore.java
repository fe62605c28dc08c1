package com.followupcoach.progress;

import java.time.Clock;
import java.util.Optional;

/**
 * A learner's progress, kept in SQLite: the one object the UI holds. Open it with
 * {@link ProgressStoreOpener}; use it from any thread (calls are serialised on one
 * connection, see {@link Database}); close it when the app closes cleanly, which is what
 * tells the next start that there was no crash.
 *
 * <p>Write failures throw {@link ProgressStoreException} (a {@link StorageFullException}
 * when the disk is full) with a message fit for the user; a failed write changed nothing.
 */
public final class ProgressStore implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final Optional<AppLock> lock;
    private final Sessions sessions;
    private final SettingsRepository settings;
    private final ProfileRepository profiles;
    private final DraftRepository drafts;
    private final LessonProgressRepository lessons;
    private final QuizRepository quizzes;
    private final AttemptRepository attempts;
    private final DismissedFlagRepository dismissedFlags;
    private final ReadyMarkRepository readyMarks;
    private final DashboardQueries dashboard;
    private boolean closed;

    private ProgressStore(Database database, Clock clock, Optional<AppLock> lock, Sessions sessions) {
        this.database = database;
        this.clock = clock;
        this.lock = lock;
        this.sessions = sessions;
        this.settings = new SettingsRepository(database);
        this.profiles = new ProfileRepository(database, settings, clock);
        this.drafts = new DraftRepository(database, clock, sessions);
        this.lessons = new LessonProgressRepository(database, clock);
        this.quizzes = new QuizRepository(database, clock);
        this.attempts = new AttemptRepository(database, clock);
        this.dismissedFlags = new DismissedFlagRepository(database, clock);
        this.readyMarks = new ReadyMarkRepository(database, clock);
        this.dashboard = new DashboardQueries(database, clock);
    }

    /** Called by the opener once the schema is current. */
    static ProgressStore start(Database database, Clock clock, Optional<AppLock> lock, boolean trackSessions) {
        Sessions sessions = trackSessions ? Sessions.start(database, clock) : Sessions.untracked();
        ProgressStore store = new ProgressStore(database, clock, lock, sessions);
        store.profiles.ensureOne();
        return store;
    }

    public ProfileRepository profiles() {
        return profiles;
    }

    public DraftRepository drafts() {
        return drafts;
    }

    public LessonProgressRepository lessons() {
        return lessons;
    }

    public QuizRepository quizzes() {
        return quizzes;
    }

    public AttemptRepository attempts() {
        return attempts;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public DismissedFlagRepository dismissedFlags() {
        return dismissedFlags;
    }

    public ReadyMarkRepository readyMarks() {
        return readyMarks;
    }

    public DashboardQueries dashboard() {
        return dashboard;
    }

    /** True when the previous run of the app ended without a clean close. */
    public boolean previousRunCrashed() {
        return sessions.crashDetected();
    }

    /**
     * Runs several store calls as one transaction (an import): all kept, or none. Calls
     * made inside join it; other threads wait until it ends.
     */
    public void inOneTransaction(Runnable work) {
        database.write(connection -> {
            work.run();
            return null;
        });
    }

    Database database() {
        return database;
    }

    /**
     * What a crash leaves behind: the file closed and the lock gone, but the session never
     * marked ended. Only tests call this, to check crash recovery without killing the JVM.
     */
    void abandonAsIfCrashed() {
        closed = true;
        database.close();
        lock.ifPresent(AppLock::close);
    }

    /** Marks the session cleanly ended, then closes the file and releases the app lock. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // A damaged file is not written to again, not even to stamp the session.
            if (!database.isDamaged()) {
                sessions.endCleanly(database, clock);
            }
        } finally {
            database.close();
            lock.ifPresent(AppLock::close);
        }
    }
}
