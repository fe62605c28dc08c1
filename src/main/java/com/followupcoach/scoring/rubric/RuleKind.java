package com.followupcoach.scoring.rubric;

import java.util.Arrays;
import java.util.Optional;

/** What a match of a rule means to the engine. */
public enum RuleKind {
    /** the letter has the criterion's element (thanks, a feedback request…) */
    EVIDENCE("evidence"),
    /** something to fix: a finding with a severity */
    PROBLEM("problem"),
    /** the letter refers to a decision already made (tells a reply from a thank-you note) */
    REJECTION("rejection"),
    /** a sign of a note written before any decision ("I look forward to hearing your decision") */
    PRE_DECISION("pre_decision"),
    /** an opening salutation at the start of a line */
    GREETING("greeting"),
    /** a closing at the start of a line, before the name */
    SIGN_OFF("sign_off"),
    /** names the organisation the writer wants to work for (group {@code span}) */
    EMPLOYER("employer");

    private final String id;

    RuleKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<RuleKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
