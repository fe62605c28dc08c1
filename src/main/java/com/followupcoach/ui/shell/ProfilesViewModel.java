package com.followupcoach.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The profile switcher: the learners, the active one, and what can be done to them. Store
 * calls run on the background executor; every future returned here completes on the FX
 * thread, after the list and the active profile are up to date.
 */
public final class ProfilesViewModel {

    private final ProfileDirectory directory;
    private final ActiveProfile active;
    private final Executor background;
    private final ObservableList<LearnerProfile> profiles = FXCollections.observableArrayList();

    public ProfilesViewModel(ProfileDirectory directory, ActiveProfile active, Executor background,
                             List<LearnerProfile> known) {
        this.directory = directory;
        this.active = active;
        this.background = background;
        profiles.setAll(known);
    }

    public ObservableList<LearnerProfile> profiles() {
        return FXCollections.unmodifiableObservableList(profiles);
    }

    public ActiveProfile active() {
        return active;
    }

    /** Switches every page to this learner, and remembers them for the next start. */
    public void switchTo(long id) {
        profiles.stream().filter(p -> p.id() == id).findFirst().ifPresent(profile -> {
            active.switchTo(profile);
            background.execute(() -> directory.setActive(id));
        });
    }

    /** A new learner, who becomes the active one. */
    public CompletableFuture<LearnerProfile> create(String name) {
        return run(() -> directory.create(name), created -> switchTo(created.id()));
    }

    public CompletableFuture<LearnerProfile> renameActive(String name) {
        long id = active.id();
        return run(() -> directory.rename(id, name), active::switchTo);
    }

    /** The last profile stays: the app always needs someone to show. */
    public boolean canDeleteActive() {
        return profiles.size() > 1;
    }

    public CompletableFuture<ProfileContents> contentsOfActive() {
        long id = active.id();
        return run(() -> directory.contents(id), contents -> { });
    }

    /**
     * Deletes the active learner. Another one becomes active first, so that whatever the
     * pages save on leaving (a draft) is written before the profile is gone.
     */
    public CompletableFuture<Void> deleteActive() {
        long doomed = active.id();
        profiles.stream().filter(p -> p.id() != doomed).findFirst().ifPresent(other -> switchTo(other.id()));
        return run(() -> {
            directory.delete(doomed);
            return null;
        }, done -> { });
    }

    public CompletableFuture<Void> exportActive(Path file) {
        long id = active.id();
        return run(() -> {
            directory.export(id, file);
            return null;
        }, done -> { });
    }

    /** Adds an exported profile and switches to it, so the learner sees what came in. */
    public CompletableFuture<LearnerProfile> importFrom(Path file) {
        return run(() -> directory.importFrom(file), imported -> switchTo(imported.id()));
    }

    /**
     * Runs {@code work} in the background, then, on the FX thread, reloads the list, applies
     * {@code then} and completes the returned future.
     */
    private <T> CompletableFuture<T> run(Supplier<T> work, Consumer<T> then) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> new Outcome<>(work.get(), directory.list()), background)
                .whenComplete((outcome, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        result.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure);
                        return;
                    }
                    profiles.setAll(outcome.profiles());
                    then.accept(outcome.value());
                    result.complete(outcome.value());
                }));
        return result;
    }

    private record Outcome<T>(T value, List<LearnerProfile> profiles) {
    }
}
