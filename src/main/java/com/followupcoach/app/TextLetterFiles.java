package com.followupcoach.app;

import com.followupcoach.ui.practice.LetterFiles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Saves a letter as UTF-8 text with the platform's line endings, as a text editor would. */
final class TextLetterFiles implements LetterFiles {

    @Override
    public void saveText(File file, String text) throws IOException {
        Files.writeString(file.toPath(), text.replace("\n", System.lineSeparator()), StandardCharsets.UTF_8);
    }
}
