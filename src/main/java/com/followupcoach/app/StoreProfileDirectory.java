package com.followupcoach.app;

import com.followupcoach.progress.DashboardSummary;
import com.followupcoach.progress.Profile;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreException;
import com.followupcoach.progress.exchange.InvalidExportException;
import com.followupcoach.progress.exchange.ProgressExporter;
import com.followupcoach.progress.exchange.ProgressImporter;
import com.followupcoach.ui.shell.LearnerProfile;
import com.followupcoach.ui.shell.ProfileContents;
import com.followupcoach.ui.shell.ProfileDirectory;
import com.followupcoach.ui.shell.ProfileException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Profiles, export and import, backed by the store. Every store or file failure becomes a
 * {@link ProfileException} with the store's one-line message, so the UI never sees the
 * store's types or a stack trace.
 */
final class StoreProfileDirectory implements ProfileDirectory {

    private final ProgressStore store;
    private final Clock clock;

    StoreProfileDirectory(ProgressStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    static LearnerProfile learner(Profile profile) {
        return new LearnerProfile(profile.id(), profile.name());
    }

    @Override
    public List<LearnerProfile> list() {
        return translated(() -> store.profiles().list().stream().map(StoreProfileDirectory::learner).toList());
    }

    @Override
    public LearnerProfile create(String name) {
        return translated(() -> learner(store.profiles().create(name)));
    }

    @Override
    public LearnerProfile rename(long id, String name) {
        return translated(() -> learner(store.profiles().rename(id, name)));
    }

    @Override
    public ProfileContents contents(long id) {
        return translated(() -> {
            DashboardSummary summary = store.dashboard().summary(id, 0);
            return new ProfileContents(summary.modules().size(),
                    summary.quizzes().stream().mapToInt(DashboardSummary.QuizScore::attempts).sum(),
                    summary.bestByExercise().stream().mapToInt(DashboardSummary.ExerciseBest::attempts).sum(),
                    store.drafts().count(id));
        });
    }

    @Override
    public void delete(long id) {
        translated(() -> {
            store.profiles().delete(id);
            return null;
        });
    }

    @Override
    public void setActive(long id) {
        translated(() -> {
            store.profiles().setActive(id);
            return null;
        });
    }

    @Override
    public void export(long id, Path file) {
        Profile profile = translated(() -> store.profiles().find(id))
                .orElseThrow(() -> new ProfileException("that profile no longer exists"));
        try {
            new ProgressExporter(store, clock).export(profile, file);
        } catch (IOException e) {
            throw new ProfileException(file + ": " + reason(e));
        } catch (IllegalArgumentException | ProgressStoreException e) {
            throw new ProfileException(e.getMessage());
        }
    }

    @Override
    public LearnerProfile importFrom(Path file) {
        try {
            return learner(new ProgressImporter(store).importFile(file));
        } catch (InvalidExportException | ProgressStoreException e) {
            throw new ProfileException(e.getMessage());
        } catch (IOException e) {
            throw new ProfileException(reason(e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (ProgressStoreException e) {
            throw new ProfileException(e.getMessage());
        }
    }
}
