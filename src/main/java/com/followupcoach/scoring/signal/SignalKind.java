package com.followupcoach.scoring.signal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of signal detectors emit. The ids are what a criterion's {@code policy} in the
 * rubric names; a kind is either about one criterion (its evidence, its findings) or about
 * the whole letter.
 */
public enum SignalKind {
    /** A rule found the criterion's element: thanks, acceptance, a request… */
    EVIDENCE("evidence", false),
    /** A finding of the criterion that could hurt the relationship. */
    ERROR("error", false),
    /** A finding of the criterion that weakens the letter. */
    WARNING("warning", false),
    /** A finding of the criterion that is polish. */
    INFO("info", false),
    /**
     * A finding of the criterion that demands what the reader owes nothing of (reasons, notes,
     * scores, a reply by a date) rather than asking for it: from a rule marked {@code demands}.
     */
    DEMAND("demand", false),
    /**
     * A warning of the criterion about the letter's register only (a laugh, doubled marks, capitals, an
     * exclamation), from rules marked {@code register} and from nothing else: it is sent instead of a warning.
     */
    REGISTER("register", false),
    /** A name the scenario gives (company, role, interviewer) is not in the letter. */
    ABSENT_NAME("absent-name", false),
    /** The letter refers to a decision already made. */
    REJECTION("rejection", true),
    /** The letter argues with, mocks or resists the decision. */
    DISPUTE("dispute", true),
    /** The letter is a thank-you note written before any decision. */
    PRE_DECISION("pre-decision", true),
    /** An e-mail address. */
    EMAIL("email", true),
    /** A phone number. */
    PHONE("phone", true),
    /** An offer of a stamped, self-addressed envelope. */
    ENVELOPE("envelope", true),
    /** The scenario says the letter goes on paper. */
    PAPER("paper", true),
    /** The scenario lists news since the interview (a course finished, a certificate). */
    SCENARIO_NEWS("scenario-news", true),
    /** The scenario names the company. */
    SCENARIO_COMPANY("scenario-company", true);

    private final String id;
    private final boolean letterWide;

    SignalKind(String id, boolean letterWide) {
        this.id = id;
        this.letterWide = letterWide;
    }

    public String id() {
        return id;
    }

    public boolean letterWide() {
        return letterWide;
    }

    public static Optional<SignalKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
