package com.followupcoach.progress;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Status;
import java.util.Arrays;
import java.util.Optional;

/**
 * The scoring contract's stable string ids, as stored. A row with an id this version does
 * not know (written by a newer engine) is skipped on reading rather than failing the screen.
 */
final class StoredIds {

    private StoredIds() {
    }

    static Optional<Criterion> criterion(String id) {
        return Criterion.byId(id);
    }

    static Optional<Status> status(String id) {
        return Arrays.stream(Status.values()).filter(s -> s.id().equals(id)).findFirst();
    }
}
