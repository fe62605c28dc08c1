package com.followupcoach.ui.workshop;

import com.followupcoach.scoring.group.GroupScoring;
import java.io.File;
import java.io.IOException;
import java.util.List;

/** Where a group's letters come from and where their table goes: files, kept out of the views. */
public interface GroupFiles {

    /**
     * The letters of a folder.
     *
     * @param letters    one per readable .txt file, in file-name order, numbered from 0
     * @param unreadable the names of the files that could not be read, each with why
     */
    record FolderLetters(List<GroupScoring.Entry> letters, List<String> unreadable) {

        public FolderLetters {
            letters = List.copyOf(letters);
            unreadable = List.copyOf(unreadable);
        }
    }

    /** @throws IOException when the folder itself cannot be listed */
    FolderLetters read(File folder) throws IOException;

    void saveCsv(File file, String csv) throws IOException;
}
