package com.followupcoach.progress.exchange;

/** A file that is not a progress export this version can read; the message names the problem. */
public final class InvalidExportException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidExportException(String message) {
        super(message);
    }
}
