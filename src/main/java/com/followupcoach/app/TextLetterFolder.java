package com.followupcoach.app;

import com.followupcoach.scoring.group.GroupScoring;
import com.followupcoach.ui.workshop.GroupFiles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A workshop group's letters: the .txt files of one folder (not its sub-folders), one per
 * participant, in file-name order. Malformed bytes become U+FFFD, as in {@code score}; a
 * file too large to be a letter or unreadable is named and skipped, never fatal.
 */
final class TextLetterFolder implements GroupFiles {

    /** Far beyond any letter (a long one is 5 KB): a stray large file is not read whole. */
    static final long MAX_BYTES = 1_000_000;

    @Override
    public FolderLetters read(File folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder.toPath())) {
            files = listed.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
        List<GroupScoring.Entry> letters = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                if (Files.size(file) > MAX_BYTES) {
                    unreadable.add(name + ": larger than a letter");
                    continue;
                }
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                letters.add(new GroupScoring.Entry(letters.size() + unreadable.size(), name,
                        text.startsWith("\uFEFF") ? text.substring(1) : text));
            } catch (IOException e) {
                unreadable.add(name + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        return new FolderLetters(letters, unreadable);
    }

    @Override
    public void saveCsv(File file, String csv) throws IOException {
        Files.writeString(file.toPath(), csv, StandardCharsets.UTF_8);
    }
}
