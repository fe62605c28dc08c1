package com.followupcoach.progress;

import java.util.Optional;

/**
 * The result of opening the progress store.
 *
 * @param store      ready to use, whatever went wrong
 * @param warning    one line for the UI to show (and keep visible) when the store is not the
 *                   normal file: locked by another copy, read-only, damaged and moved aside
 * @param persistent false when changes live in memory only and are lost at close
 */
public record OpenedStore(ProgressStore store, Optional<String> warning, boolean persistent) {

    static final String IN_MEMORY = ": changes in this window are kept in memory only and are lost when it closes.";

    /** What went wrong, without the "kept in memory" part (for the command line). */
    public Optional<String> problem() {
        return warning.map(w -> w.endsWith(IN_MEMORY) ? w.substring(0, w.length() - IN_MEMORY.length()) : w);
    }
}
