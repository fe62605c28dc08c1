package com.followupcoach.progress;

/**
 * The disk (or the database's size limit) is full: the last write was rolled back whole.
 * The UI keeps what it has in memory (the draft in the editor) and can retry later.
 */
public final class StorageFullException extends ProgressStoreException {

    private static final long serialVersionUID = 1L;

    public StorageFullException(Throwable cause) {
        super("The disk is full: your last change was not saved. Free some space and it will be saved again.", cause);
    }
}
