package com.followupcoach.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Switching learners: pages save under the old learner first, and the store is told who is active. */
class ProfilesViewModelTest {

    private static final LearnerProfile ME = new LearnerProfile(1, "Me");
    private static final LearnerProfile BO = new LearnerProfile(2, "Bo");

    private final FakeProfileDirectory directory = new FakeProfileDirectory(ME);
    private final ActiveProfile active = new ActiveProfile(ME);
    private final List<String> events = new ArrayList<>();
    private final ProfilesViewModel model = new ProfilesViewModel(directory, active, Runnable::run, directory.profiles);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    ProfilesViewModelTest() {
        active.beforeSwitch(() -> events.add("leaving " + active.id()));
        active.afterSwitch(() -> events.add("now " + active.id()));
    }

    @Test
    void aNewProfileBecomesTheActiveOneAfterTheOldOneSavedItsWork() throws Exception {
        LearnerProfile created = onFx(() -> model.create("Bo")).get(5, TimeUnit.SECONDS);

        assertThat(created).isEqualTo(BO);
        assertThat(active.activeProperty().get()).isEqualTo(BO);
        assertThat(events).containsExactly("leaving 1", "now 2");
        assertThat(directory.log).containsExactly("create Bo", "active 2");
        assertThat(model.profiles()).containsExactly(ME, BO);
    }

    @Test
    void aRefusedNameLeavesEverythingAsItWasAndSaysWhy() {
        directory.refuse = "A profile named \"Me\" already exists.";

        assertThatThrownBy(() -> onFx(() -> model.create("me")).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasRootCauseMessage("A profile named \"Me\" already exists.");
        assertThat(active.activeProperty().get()).isEqualTo(ME);
        assertThat(events).isEmpty();
    }

    @Test
    void deletingTheActiveLearnerSwitchesAwayBeforeTheDataIsGone() throws Exception {
        onFx(() -> model.create("Bo")).get(5, TimeUnit.SECONDS);
        events.clear();
        directory.log.clear();

        onFx(model::deleteActive).get(5, TimeUnit.SECONDS);

        assertThat(events).containsExactly("leaving 2", "now 1");
        assertThat(directory.log).containsExactly("active 1", "delete 2");
        assertThat(model.profiles()).containsExactly(ME);
        assertThat(model.canDeleteActive()).isFalse();
    }

    @Test
    void aRenameIsNoSwitch() throws Exception {
        onFx(() -> model.renameActive("Ana")).get(5, TimeUnit.SECONDS);

        assertThat(active.activeProperty().get()).isEqualTo(new LearnerProfile(1, "Ana"));
        assertThat(events).isEmpty();
    }

    private static <T> T onFx(Supplier<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action::get).get(5, TimeUnit.SECONDS);
    }
}
