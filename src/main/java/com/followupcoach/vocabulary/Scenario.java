package com.followupcoach.vocabulary;

import java.util.List;
import java.util.Optional;

/**
 * What is known about the situation a letter answers. Every part is optional: a letter
 * scored from the command line may come with none of it.
 *
 * @param company            the employer's name as the scenario spells it
 * @param role               the job title applied for
 * @param interviewer        the person who interviewed or wrote the rejection
 * @param daysSinceRejection days between the rejection and sending the letter
 * @param medium             e-mail or paper
 * @param newDevelopments    skills or events since the interview worth mentioning
 */
public record Scenario(
        Optional<String> company,
        Optional<String> role,
        Optional<String> interviewer,
        Optional<Integer> daysSinceRejection,
        Optional<Medium> medium,
        List<String> newDevelopments) {

    public static final Scenario NONE = new Scenario(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    public Scenario {
        newDevelopments = List.copyOf(newDevelopments);
    }

    public boolean isEmpty() {
        return company.isEmpty() && role.isEmpty() && interviewer.isEmpty()
                && daysSinceRejection.isEmpty() && medium.isEmpty() && newDevelopments.isEmpty();
    }
}
