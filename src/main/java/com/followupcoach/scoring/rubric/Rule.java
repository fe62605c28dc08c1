package com.followupcoach.scoring.rubric;

import com.followupcoach.scoring.Criterion;
import com.followupcoach.scoring.Severity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One rule of the rubric: patterns that find something in a letter, what a match means,
 * and the examples that prove it (see the comments at the top of rubric.yaml).
 *
 * @param disputes     a match means the letter argues with, mocks or resists the decision,
 *                     so it cannot also count as accepting it
 * @param minCount     the rule reports only when it matches at least this often (repeated apologies)
 * @param negatable    a negation just before the match ("I don't need any feedback") cancels it
 * @param unless       a match is ignored when its sentence also matches one of these
 * @param matchExamples texts that must match, the expected span marked with [[ ]]
 * @param line         where the rule starts in its file
 */
public record Rule(String id, Criterion criterion, RuleKind kind, Severity severity, boolean disputes,
                   int minCount, boolean negatable, List<Pattern> patterns, List<Pattern> unless,
                   String message, Optional<String> suggestion, List<String> matchExamples,
                   List<String> nomatchExamples, int line) {

    /** The name of the regex group that, when a pattern has it, is the part reported. */
    public static final String SPAN_GROUP = "span";

    public Rule {
        patterns = List.copyOf(patterns);
        unless = List.copyOf(unless);
        matchExamples = List.copyOf(matchExamples);
        nomatchExamples = List.copyOf(nomatchExamples);
    }
}
