package com.followupcoach.scoring.group;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.scoring.ScoringEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Scores a group's letters with one engine. Letters are labelled by their place in the
 * group, so a letter that could not be read leaves its label unused rather than shifting
 * everyone else's: the trainer's list of who is "C" stays true.
 */
public final class GroupScoring {

    /** A participant's letter as read: its place in the group, its name and its text. */
    public record Entry(int position, String name, String text) {
    }

    private final ScoringEngine engine;

    public GroupScoring(ScoringEngine engine) {
        this.engine = Objects.requireNonNull(engine);
    }

    public GroupReport score(List<Entry> entries, Scenario scenario) {
        return score(entries, scenario, done -> { });
    }

    /** @param progress told how many letters are scored after each one, from the calling thread */
    public GroupReport score(List<Entry> entries, Scenario scenario, IntConsumer progress) {
        List<GroupLetter> letters = new ArrayList<>();
        for (Entry entry : entries) {
            letters.add(new GroupLetter(LetterLabels.of(entry.position()), entry.name(), entry.text(),
                    engine.score(entry.text(), scenario)));
            progress.accept(letters.size());
        }
        return new GroupReport(columns(), letters);
    }

    /** The rubric's criteria in its order (the order of the criterion ids in DESIGN.md). */
    private List<Criterion> columns() {
        return List.of(Criterion.values()).stream().filter(c -> engine.rubric().spec(c) != null).toList();
    }
}
