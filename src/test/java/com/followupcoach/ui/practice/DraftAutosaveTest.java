package com.followupcoach.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When drafts are written, and what happens when writing fails. */
class DraftAutosaveTest {

    private static final Duration KEYSTROKE = Duration.ofMillis(100);

    private final ManualScheduler time = new ManualScheduler();
    private final List<String> written = new ArrayList<>();
    private final List<String> heard = new ArrayList<>();
    private boolean diskFull;
    private long learner = 1;

    private final DraftAutosave autosave = new DraftAutosave((owner, task, text, scenario) -> {
        if (diskFull) {
            throw new IllegalStateException("the disk is full");
        }
        written.add(owner + "/" + task + ":" + text);
    }, () -> learner, time, new DraftAutosave.Listener() {
        @Override
        public void failed(RuntimeException reason) {
            heard.add("failed: " + reason.getMessage());
        }

        @Override
        public void recovered() {
            heard.add("recovered");
        }
    });

    @Test
    void aDraftIsSavedAfterAPauseInTyping() {
        autosave.changed("t", "Dear", Optional.empty());
        time.advance(DraftAutosave.PAUSE.minusMillis(1));
        assertThat(written).isEmpty();

        time.advance(Duration.ofMillis(1));
        assertThat(written).containsExactly("1/t:Dear");
    }

    @Test
    void continuousTypingIsSavedAtLeastEveryInterval() {
        StringBuilder text = new StringBuilder();
        // 10 s of steady typing: a keystroke every 100 ms, never a pause of 1.5 s.
        for (int i = 0; i < 100; i++) {
            text.append('a');
            autosave.changed("t", text.toString(), Optional.empty());
            time.advance(KEYSTROKE);
        }
        // At most every 2 s, so at least 5 saves in 10 s, and the last one at most 2 s old.
        assertThat(written).hasSizeGreaterThanOrEqualTo(5);
        int lastSaved = written.get(written.size() - 1).length() - "1/t:".length();
        long keystrokesPerInterval = DraftAutosave.MAX_INTERVAL.toMillis() / KEYSTROKE.toMillis();
        assertThat(100 - lastSaved).isLessThanOrEqualTo((int) keystrokesPerInterval);
    }

    @Test
    void aFailedWriteIsReportedAtOnceKeptAndRetriedUntilItSucceeds() {
        diskFull = true;
        autosave.changed("t", "Dear Ms Chen,", Optional.empty());
        time.advance(DraftAutosave.PAUSE);

        assertThat(heard).containsExactly("failed: the disk is full");
        assertThat(written).isEmpty();
        assertThat(autosave.unsaved("t")).map(PracticeRecords.SavedDraft::text).contains("Dear Ms Chen,");

        autosave.changed("t", "Dear Ms Chen, thank you", Optional.empty());
        diskFull = false;
        time.advance(DraftAutosave.RETRY);

        assertThat(written).containsExactly("1/t:Dear Ms Chen, thank you");
        assertThat(heard).endsWith("recovered");
        assertThat(autosave.hasUnsaved()).isFalse();
    }

    @Test
    void aFailedFlushKeepsTheTextForTheNextTry() {
        diskFull = true;
        autosave.changed("t", "Dear", Optional.empty());
        assertThat(autosave.flush()).isFalse();

        diskFull = false;
        assertThat(autosave.flush()).isTrue();
        assertThat(written).containsExactly("1/t:Dear");
    }

    @Test
    void aDraftGoesToTheLearnerWhoWroteItEvenIfWrittenAfterASwitch() {
        autosave.changed("t", "Ana's letter", Optional.empty());
        learner = 2;
        time.advance(DraftAutosave.PAUSE);

        assertThat(written).containsExactly("1/t:Ana's letter");
        assertThat(autosave.unsaved("t")).isEmpty();
    }

    @Test
    void closeWritesWhatIsPendingAndIgnoresLaterChanges() {
        autosave.changed("t", "Dear", Optional.empty());
        autosave.close();
        autosave.changed("t", "Dear Sir", Optional.empty());
        time.advance(Duration.ofSeconds(10));

        assertThat(written).containsExactly("1/t:Dear");
    }
}
