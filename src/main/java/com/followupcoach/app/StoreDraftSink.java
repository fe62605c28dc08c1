package com.followupcoach.app;

import com.followupcoach.progress.ProgressStore;
import com.followupcoach.ui.practice.DraftAutosave;
import com.followupcoach.ui.practice.OwnScenario;
import java.util.Optional;

/** The autosave's writes, straight into the store: the autosave has its own thread. */
final class StoreDraftSink implements DraftAutosave.Sink {

    private final ProgressStore store;

    StoreDraftSink(ProgressStore store) {
        this.store = store;
    }

    @Override
    public void save(long owner, String taskId, String text, Optional<OwnScenario> scenario) {
        store.drafts().save(owner, taskId, text, scenario.map(OwnScenarioJson::write));
    }
}
