package com.followupcoach.progress.exchange;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file kinds of an export, chosen by the file's extension. docs/progress.md describes both. */
public enum ExportFormat {
    JSON(".json"), CSV(".csv");

    /** The JSON export's format tag and version. */
    public static final String JSON_TAG = "followup-coach-progress";
    public static final int JSON_VERSION = 1;

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public static Optional<ExportFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (name.endsWith(format.extension) && name.length() > format.extension.length()) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
