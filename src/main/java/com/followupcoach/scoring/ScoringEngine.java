package com.followupcoach.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a draft. Interim engine of the foundation slice: four criteria by pattern; the
 * full rubric-driven engine replaces it.
 */
public final class ScoringEngine {

    private static final Pattern THANKS = Pattern.compile("(?i)\\b(thank you|thanks|grateful|appreciate)\\b");
    private static final Pattern FEEDBACK = Pattern.compile("(?i)\\bfeedback\\b");
    private static final Pattern HOSTILE = Pattern.compile("(?i)\\b(ridiculous|unfair|disgrace|waste of (my )?time|thanks for nothing)\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\]\\n]{2,40}\\]");

    public Critique score(String text, Scenario scenario) {
        List<CriterionResult> results = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        results.add(presence(Criterion.GRATITUDE, THANKS.matcher(text).find(), 10, "why-follow-up"));
        results.add(presence(Criterion.FEEDBACK_REQUEST, FEEDBACK.matcher(text).find(), 10, "asking-for-feedback"));
        Matcher hostile = HOSTILE.matcher(text);
        boolean calm = true;
        while (hostile.find()) {
            calm = false;
            findings.add(new Finding(hostile.start(), hostile.end(), Criterion.TONE, Severity.ERROR,
                    "This sounds defensive; keep the tone light and friendly.", Optional.empty()));
        }
        results.add(presence(Criterion.TONE, calm, 20, "asking-for-feedback"));
        Matcher placeholder = PLACEHOLDER.matcher(text);
        boolean personal = true;
        while (placeholder.find()) {
            personal = false;
            findings.add(new Finding(placeholder.start(), placeholder.end(), Criterion.PERSONALIZATION,
                    Severity.ERROR, "A template placeholder is left in the letter.", Optional.empty()));
        }
        results.add(presence(Criterion.PERSONALIZATION, personal, 10, "your-own-letter"));
        int points = results.stream().mapToInt(CriterionResult::points).sum();
        int max = results.stream().mapToInt(CriterionResult::max).sum();
        int words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        return new Critique(words == 0 ? 0 : points * 100 / max, words, results, findings, new Readability(0, 0));
    }

    private static CriterionResult presence(Criterion criterion, boolean met, int max, String lesson) {
        return new CriterionResult(criterion, met ? Status.MET : Status.MISSING, met ? max : 0, max,
                met ? "Present." : "Missing.", lesson);
    }
}
