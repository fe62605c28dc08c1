package com.followupcoach.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a follow-up letter to a rejection is judged on. The ids are a stable contract:
 * the command line, the rubric file and the progress database all use them.
 */
public enum Criterion {
    GRATITUDE("gratitude"),
    ACKNOWLEDGEMENT("acknowledgement"),
    CONTINUED_INTEREST("continued_interest"),
    ALTERNATE_POSITIONS("alternate_positions"),
    NEW_QUALIFICATIONS("new_qualifications"),
    FEEDBACK_REQUEST("feedback_request"),
    CONTACT_DETAILS("contact_details"),
    TONE("tone"),
    REALISTIC_EXPECTATIONS("realistic_expectations"),
    TIMING("timing"),
    CONCISE("concise"),
    STRUCTURE("structure"),
    PERSONALIZATION("personalization"),
    MECHANICS("mechanics");

    private final String id;

    Criterion(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Criterion> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
