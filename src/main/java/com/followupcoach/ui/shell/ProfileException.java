package com.followupcoach.ui.shell;

/** A profile action failed; the message is one line, fit to show the learner as it is. */
public final class ProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProfileException(String message) {
        super(message);
    }
}
