package com.followupcoach.scoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/** The sentence cache of a rule set stays within its bound however long a learner types. */
class SentenceCacheBoundTest {

    private static final Rubric RUBRIC = Rubric.builtIn();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(RUBRIC.settings().abbreviations());

    @Test
    void anHourOfEditsKeepsAtMostTheBoundOfSentences() {
        RuleSet rules = new RuleSet(RUBRIC);
        for (int edit = 0; edit < SentenceCache.MAX_SENTENCES + 50; edit++) {
            // each pause makes a new version of the edited sentence beside two that stay
            rules.run(new LetterText("Dear Ms Lee,\n\nThank you for letting me know. I typed " + edit
                    + " words so far. I hope to hear from you.\n\nKind regards,\nSam", SPLITTER));
            assertThat(rules.cachedSentences()).isLessThanOrEqualTo(SentenceCache.MAX_SENTENCES);
        }
        assertThat(rules.cachedSentences()).isEqualTo(SentenceCache.MAX_SENTENCES);
    }

    @Test
    void theSentencesInUseOutliveTheOldVersionsOfAnEditedOne() {
        SentenceCache cache = new SentenceCache(SentenceCache.MAX_SENTENCES);
        cache.put("thank you for letting me know . ", SentenceHits.NONE);
        for (int edit = 0; edit < SentenceCache.MAX_SENTENCES * 2; edit++) {
            cache.put("i typed " + edit + " words . ", SentenceHits.NONE);
            assertThat(cache.get("thank you for letting me know . ")).as("after edit %d", edit).isNotNull();
        }
        assertThat(cache.get("i typed 0 words . ")).isNull();
        assertThat(cache.size()).isEqualTo(SentenceCache.MAX_SENTENCES);
    }

    @Test
    void aSentenceLongerThanAnyLettersIsNotKept() {
        RuleSet rules = new RuleSet(RUBRIC);
        rules.run(new LetterText("I " + "really ".repeat(SentenceCache.MAX_TOKENS) + "hope so.", SPLITTER));
        assertThat(rules.cachedSentences()).isZero();
        rules.run(new LetterText("I really hope so.", SPLITTER));
        assertThat(rules.cachedSentences()).isEqualTo(1);
    }
}
