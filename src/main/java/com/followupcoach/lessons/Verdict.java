package com.followupcoach.lessons;

/** How a sample letter is shown to learners; the file spells these in lower case. */
public enum Verdict {
    GOOD,
    WEAK,
    HARMFUL
}
