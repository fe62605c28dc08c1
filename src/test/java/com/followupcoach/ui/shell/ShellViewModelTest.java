package com.followupcoach.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    private final ShellViewModel shell = new ShellViewModel();

    @Test
    void everyNoticeStaysUntilClosedAndARepeatIsShownOnce() {
        shell.warn("Your progress file is read-only.");
        shell.warn("Skipped 1 lesson with errors.");
        shell.warn("Your progress file is read-only.");

        assertThat(shell.notices()).containsExactly("Your progress file is read-only.", "Skipped 1 lesson with errors.");

        shell.dismiss("Your progress file is read-only.");
        assertThat(shell.notices()).containsExactly("Skipped 1 lesson with errors.");
    }

    @Test
    void anEmptyNoticeIsNotShown() {
        shell.warn("");
        shell.warn(null);

        assertThat(shell.notices()).isEmpty();
    }

    @Test
    void aListenerOnTheNoticesKeepsHearingAfterAGarbageCollection() {
        List<String> heard = new ArrayList<>();
        shell.notices().addListener((ListChangeListener<String>) change -> heard.add(String.join("|", change.getList())));
        System.gc();
        System.gc();

        shell.warn("Could not save your draft.");

        assertThat(heard).containsExactly("Could not save your draft.");
    }
}
