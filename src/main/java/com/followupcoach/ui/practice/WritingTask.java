package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Scenario;
import java.util.List;

/**
 * Something to write in Practice: an exercise with its scenario, or the learner's own
 * real letter.
 *
 * @param id    the key drafts and attempts are kept under
 * @param facts the scenario as shown on the card, in order
 */
public record WritingTask(String id, String title, String brief, List<ScenarioFact> facts, Scenario scenario) {

    public WritingTask {
        facts = List.copyOf(facts);
    }

    /**
     * A task that comes without a scenario is the learner's own real letter: they enter the
     * situation themselves on the scenario card.
     */
    public boolean ownLetter() {
        return scenario.isEmpty() && facts.isEmpty();
    }

    /** One line of the scenario card. */
    public record ScenarioFact(String label, String value) {
    }
}
