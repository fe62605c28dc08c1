package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Medium;
import com.followupcoach.vocabulary.Scenario;
import java.util.List;
import java.util.Optional;

/**
 * The situation of the learner's real letter, typed in on the scenario card. Blank fields
 * are unknown, so the engine does not judge what it was not told.
 */
public record OwnScenario(String company, String role, String interviewer, Optional<Integer> daysSinceRejection,
                          Medium medium) {

    public static final OwnScenario EMPTY = new OwnScenario("", "", "", Optional.empty(), Medium.EMAIL);

    public OwnScenario {
        company = company == null ? "" : company.strip();
        role = role == null ? "" : role.strip();
        interviewer = interviewer == null ? "" : interviewer.strip();
        medium = medium == null ? Medium.EMAIL : medium;
    }

    public Scenario toScenario() {
        return new Scenario(known(company), known(role), known(interviewer), daysSinceRejection,
                Optional.of(medium), List.of());
    }

    public boolean isEmpty() {
        return company.isEmpty() && role.isEmpty() && interviewer.isEmpty() && daysSinceRejection.isEmpty();
    }

    private static Optional<String> known(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
