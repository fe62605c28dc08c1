package com.followupcoach.ui.practice;

import java.io.File;
import java.io.IOException;

/** Writes a letter to a text file the learner chose; the app supplies it, views never write files. */
@FunctionalInterface
public interface LetterFiles {

    LetterFiles UNAVAILABLE = (file, text) -> {
        throw new IOException("saving files is not available here");
    };

    void saveText(File file, String text) throws IOException;
}
