package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.progress.Draft;
import com.followupcoach.progress.OpenedStore;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import com.followupcoach.progress.SmallDisk;
import com.followupcoach.progress.StorageFullException;
import com.followupcoach.ui.practice.DraftAutosave;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue: a full disk failed in silence. Now the failure reaches the learner at once in
 * plain words, the text stays in memory, and the first write after space is freed saves it.
 * On a real 3 MB tmpfs where the test may mount one; else a sink that fails as a full disk.
 */
class FullDiskAutosaveTest {

    private static final String TASK = "your-own-letter-real";

    @TempDir
    Path mountPoint;
    private boolean mounted;
    private boolean diskFull;
    private final List<RuntimeException> failures = new ArrayList<>();
    private int recoveries;

    @AfterEach
    void unmount() {
        if (mounted) {
            SmallDisk.unmount(mountPoint);
        }
    }

    @Test
    void aFullDiskIsReportedAtOnceAndTheTextIsSavedWhenSpaceIsFreed() throws Exception {
        mounted = SmallDisk.mount(mountPoint, 3);
        Path dataDir = mountPoint.resolve("data");
        OpenedStore opened = new ProgressStoreOpener(Clock.systemUTC()).openForApp(dataDir);
        assertThat(opened.persistent()).isTrue();
        ProgressStore store = opened.store();
        long me = store.profiles().lastActive().id();
        store.drafts().save(me, TASK, "Dear Ms Chen,", Optional.empty());

        DraftAutosave.Sink sink = new StoreDraftSink(store);
        DraftAutosave autosave = new DraftAutosave((owner, task, text, scenario) -> {
            if (!mounted && diskFull) {
                throw new StorageFullException(new java.io.IOException("simulated: no space left on device"));
            }
            sink.save(owner, task, text, scenario);
        }, () -> me, DraftAutosave.ownThread(), new DraftAutosave.Listener() {
            @Override
            public void failed(RuntimeException reason) {
                failures.add(reason);
            }

            @Override
            public void recovered() {
                recoveries++;
            }
        });
        Path filler = mounted ? SmallDisk.fill(mountPoint) : null;
        diskFull = true;
        // A long letter: its pages cannot fit in what is left of the disk.
        String letter = "Dear Ms Chen, thank you for the interview. ".repeat(20_000);

        autosave.changed(TASK, letter, Optional.empty());
        assertThat(autosave.flush()).isFalse();

        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).isInstanceOf(StorageFullException.class);
        assertThat(AutosaveNotices.noticeFor(failures.get(0)))
                .startsWith("Your work could not be saved: the disk is full. Free some space");
        assertThat(autosave.unsaved(TASK)).map(d -> d.text()).contains(letter);
        assertThat(store.drafts().find(me, TASK)).map(Draft::text).contains("Dear Ms Chen,");

        if (filler != null) {
            Files.delete(filler);
        }
        diskFull = false;
        assertThat(autosave.flush()).isTrue();
        assertThat(recoveries).isEqualTo(1);
        autosave.close();
        store.close();

        try (ProgressStore reopened = new ProgressStoreOpener(Clock.systemUTC()).openShared(dataDir).store()) {
            assertThat(reopened.drafts().find(me, TASK)).map(Draft::text).contains(letter);
        }
        System.out.println(mounted ? "full disk: real tmpfs" : "full disk: simulated (no mount here)");
    }
}
