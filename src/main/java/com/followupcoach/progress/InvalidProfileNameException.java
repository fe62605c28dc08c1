package com.followupcoach.progress;

/** A profile name is blank or already taken; the message says which. */
public final class InvalidProfileNameException extends ProgressStoreException {

    private static final long serialVersionUID = 1L;

    public InvalidProfileNameException(String message) {
        super(message);
    }
}
