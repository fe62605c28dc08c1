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
}
