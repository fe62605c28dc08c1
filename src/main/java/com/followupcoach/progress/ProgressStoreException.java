package com.followupcoach.progress;

/**
 * A progress store operation failed. The message is one line a user can read; the UI
 * shows it as is, and nothing was half-written (every write is one transaction).
 */
public class ProgressStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProgressStoreException(String message) {
        super(message);
    }

    public ProgressStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
