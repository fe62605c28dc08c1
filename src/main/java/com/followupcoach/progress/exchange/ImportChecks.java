package com.followupcoach.progress.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/** What an import must not take on trust: ranges, names and repeated records. */
final class ImportChecks {

    private static final int MAX_NAME_LENGTH = 100;

    private ImportChecks() {
    }

    static int range(JsonFields fields, String field, int min, int max) throws InvalidExportException {
        int value = fields.integer(field);
        if (value < min || value > max) {
            throw fields.invalid(field, "is " + value + "; it must be " + (max == Integer.MAX_VALUE
                    ? "at least " + min : "from " + min + " to " + max));
        }
        return value;
    }

    /**
     * A profile name is shown in menus and may name an export file: no control characters
     * (NUL), no bidirectional overrides (U+202E can make "txt.exe" read "exe.txt"), no path
     * parts.
     */
    static String profileName(JsonFields profile) throws InvalidExportException {
        String name = profile.text("name");
        if (name.isBlank()) {
            throw profile.invalid("name", "is empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw profile.invalid("name", "is longer than " + MAX_NAME_LENGTH + " characters");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                throw profile.invalid("name", "contains a control character (U+" + String.format("%04X", (int) c) + ")");
            }
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F') {
                throw profile.invalid("name", "contains a text-direction character (U+" + String.format("%04X", (int) c)
                        + ") that can disguise it");
            }
        }
        if (name.contains("/") || name.contains("\\") || name.contains("..")) {
            throw profile.invalid("name", "contains a path part (/, \\ or ..)");
        }
        return name.strip();
    }

    /** Records the key; a second record with the same key is refused. */
    static void unique(Set<String> seen, String key, JsonFields record, String problem) throws InvalidExportException {
        if (!seen.add(key)) {
            throw record.invalidRecord(problem);
        }
    }

    /** A fixed-size stand-in for a letter's text, so remembering records stays small. */
    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
