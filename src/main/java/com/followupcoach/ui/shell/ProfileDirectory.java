package com.followupcoach.ui.shell;

import java.nio.file.Path;
import java.util.List;

/**
 * The learners on this computer and their progress files; the app backs it with the
 * progress store. Calls may touch the disk, so {@link ProfilesViewModel} makes them off
 * the FX thread. Every failure is a {@link ProfileException} with a one-line message.
 */
public interface ProfileDirectory {

    /** All profiles, by name. */
    List<LearnerProfile> list();

    /** @throws ProfileException when the name is blank or taken (the message says which) */
    LearnerProfile create(String name);

    LearnerProfile rename(long id, String name);

    ProfileContents contents(long id);

    /** Deletes the profile and all its progress; refused for the last one. */
    void delete(long id);

    /** Remembers the profile as the one to open with next time. */
    void setActive(long id);

    /** Writes the profile's progress to a .json or .csv file. */
    void export(long id, Path file);

    /** Adds the progress in a JSON export as a new profile. */
    LearnerProfile importFrom(Path file);
}
