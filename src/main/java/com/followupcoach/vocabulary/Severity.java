package com.followupcoach.vocabulary;

/** A finding's severity, named by its effect on the reader of the letter. */
public enum Severity {
    /** could hurt the relationship with the employer */
    ERROR("error"),
    /** weakens the letter */
    WARNING("warning"),
    /** polish */
    INFO("info");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
