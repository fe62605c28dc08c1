package com.followupcoach.scoring.rubric;

import com.followupcoach.vocabulary.Status;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a criterion's status follows from what the detectors found, as the rubric declares
 * it: either a list of clauses over signals (the first whose conditions hold decides), or a
 * measure the engine takes (days since the rejection, body length, layout, proofreading
 * slips) against the rubric's settings.
 */
public sealed interface CriterionPolicy {

    /**
     * @param clauses tried in order; the last one has no conditions, so every letter gets a status
     * @param notes   extra sentences added to the message when their conditions hold
     */
    record Clauses(List<Clause> clauses, List<Note> notes) implements CriterionPolicy {
        public Clauses {
            clauses = List.copyOf(clauses);
            notes = List.copyOf(notes);
        }
    }

    /** A status taken by measuring, not from signals. */
    record Measured(Measure measure) implements CriterionPolicy {
    }

    /**
     * @param when    signals that must all be present
     * @param unless  signals of which none may be present
     * @param then    the status when it holds
     * @param message the message key to show (a key of the criterion's messages)
     */
    record Clause(List<SignalRef> when, List<SignalRef> unless, Status then, String message) {
        public Clause {
            when = List.copyOf(when);
            unless = List.copyOf(unless);
        }
    }

    /** A sentence (message key) added after the verdict's message when its conditions hold. */
    record Note(List<SignalRef> when, List<SignalRef> unless, String message) {
        public Note {
            when = List.copyOf(when);
            unless = List.copyOf(unless);
        }
    }

    /** What the engine measures for a criterion judged by measure. */
    enum Measure {
        /** Days between the rejection and the letter, against settings.timing. */
        TIMING("timing"),
        /** Words in the body, against settings.length. */
        LENGTH("length"),
        /** Greeting, paragraphs, sign-off and name. */
        LAYOUT("layout"),
        /** How many proofreading findings, against settings.mechanicsMissingFrom. */
        PROOFREADING("proofreading");

        private final String id;

        Measure(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Measure> byId(String id) {
            return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
        }
    }
}
