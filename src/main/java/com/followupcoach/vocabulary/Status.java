package com.followupcoach.vocabulary;

/** How far a letter meets one criterion. */
public enum Status {
    MET("met"),
    PARTIAL("partial"),
    MISSING("missing"),
    NOT_ASSESSED("not_assessed");

    private final String id;

    Status(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
