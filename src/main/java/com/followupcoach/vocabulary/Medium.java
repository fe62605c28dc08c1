package com.followupcoach.vocabulary;

/** How the letter is sent; paper letters can enclose a stamped, self-addressed envelope. */
public enum Medium {
    EMAIL,
    PAPER
}
