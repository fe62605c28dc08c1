package com.followupcoach.progress;

/**
 * The disk (or the database's size limit) is full: the last write was rolled back whole.
 * The UI keeps what it has in memory (the draft in the editor) and can retry later.
 */
public final class StorageFullException extends ProgressStoreException {

    /** Lower case first: the UI puts it after "Your work could not be saved: ". */
    static final String MESSAGE = "the disk is full. Free some space: your last change is kept in the window"
            + " and saved as soon as there is room.";

    private static final long serialVersionUID = 1L;

    public StorageFullException(Throwable cause) {
        super(MESSAGE, cause);
    }
}
