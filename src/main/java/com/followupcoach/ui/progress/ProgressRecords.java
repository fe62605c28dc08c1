package com.followupcoach.ui.progress;

/**
 * What the Progress page reads for the active learner; the app backs it with the progress
 * store. Both calls may touch the disk, so the view model makes them off the FX thread.
 */
public interface ProgressRecords {

    /** Everything the page shows, read in one go. */
    ProgressData load();

    /** Remembers, for the active learner, whether the practice-days calendar is shown. */
    void showPracticeDays(boolean shown);
}
