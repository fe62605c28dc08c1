package com.followupcoach.scoring.tokens;

/** A token pattern that cannot be used; the message says what is wrong in one line. */
public final class TokenPatternException extends Exception {

    private static final long serialVersionUID = 1L;

    public TokenPatternException(String message) {
        super(message);
    }
}
