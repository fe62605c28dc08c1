package com.followupcoach.app;

/**
 * Runs a last save when the JVM is asked to stop (SIGTERM at logout or shutdown, Ctrl+C in
 * a terminal) rather than by closing the window. SIGKILL runs nothing: the autosave's
 * interval is what bounds the loss then.
 */
final class ShutdownFlush implements AutoCloseable {

    private final Thread hook;

    private ShutdownFlush(Thread hook) {
        this.hook = hook;
    }

    static ShutdownFlush register(Runnable lastSave) {
        Thread hook = new Thread(lastSave, "save-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        return new ShutdownFlush(hook);
    }

    /** The window closed normally and saved: the hook is no longer needed. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it saves, as intended.
        }
    }
}
