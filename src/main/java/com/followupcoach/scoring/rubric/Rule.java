package com.followupcoach.scoring.rubric;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Severity;
import java.util.List;
import java.util.Optional;

/**
 * One rule of the rubric: token patterns that find something in a letter, what a match means,
 * and the examples that prove it (see the comments at the top of rubric.yaml).
 *
 * @param disputes     a match means the letter argues with, mocks or resists the decision,
 *                     so it cannot also count as accepting it
 * @param demands      a match asks them to hand over or justify what they owe nothing of
 *                     (reasons, notes, scores, a reply by a date) rather than asking politely;
 *                     its finding sends a {@code demand} signal that another criterion's policy
 *                     may ask about (tone does)
 * @param register     a warning about the letter's register only (a laugh, doubled marks, a word in capitals, an
 *                     exclamation), not its content: its finding sends a {@code register} signal instead of a
 *                     {@code warning}, so a policy may let a warm, complete letter keep its informal voice
 * @param minCount     the rule reports only when it matches at least this often (repeated apologies)
 * @param negatable    a negation just before the match ("I don't need any feedback") cancels it
 * @param suggestion   the replacement offered for a match, a template: {@code {name}} stands
 *                     for the writer's own text of that part of the pattern
 * @param matchExamples texts that must match, the expected span marked with [[ ]]
 * @param source       the file the rule is written in
 * @param line         where the rule starts in its file
 * @param tokens       its token patterns and token exceptions ({@link RuleTokens#NONE} for none)
 * @param wholeSentence a problem is reported on the whole sentence its match is in
 *                     ({@code scope: sentence}): the sentence as a whole belittles or mocks,
 *                     so the fix is a calm sentence in its place, or none at all
 */
public record Rule(String id, Criterion criterion, RuleKind kind, Severity severity, boolean disputes,
                   boolean demands, boolean register, int minCount, boolean negatable, String message, Optional<String> suggestion,
                   List<String> matchExamples,
                   List<String> nomatchExamples, String source, int line, RuleTokens tokens,
                   boolean wholeSentence) {

    /** The suggestion template for token pattern {@code index}: its own, else the rule's. */
    public Optional<String> tokenSuggestionFor(int index) {
        return tokens.suggestions().get(index).or(() -> suggestion);
    }

    /** True when the rule offers a suggestion for at least one of its patterns. */
    public boolean suggests() {
        return suggestion.isPresent() || tokens.suggestions().stream().anyMatch(Optional::isPresent);
    }

    public Rule {
        matchExamples = List.copyOf(matchExamples);
        nomatchExamples = List.copyOf(nomatchExamples);
    }
}
