package com.followupcoach.scoring.rubric;

import com.followupcoach.scoring.tokens.TokenPattern;
import java.util.List;
import java.util.Optional;

/**
 * A rule's token patterns ({@code tokens:}), each with its own suggestion when it has one,
 * and its token exceptions ({@code unlessTokens:}).
 */
public record RuleTokens(List<TokenPattern> patterns, List<Optional<String>> suggestions,
                         List<TokenPattern> unless) {

    /** A rule of regular expressions alone. */
    public static final RuleTokens NONE = new RuleTokens(List.of(), List.of(), List.of());

    public RuleTokens {
        patterns = List.copyOf(patterns);
        suggestions = List.copyOf(suggestions);
        unless = List.copyOf(unless);
        if (suggestions.size() != patterns.size()) {
            throw new IllegalArgumentException("one suggestion slot per token pattern");
        }
    }
}
