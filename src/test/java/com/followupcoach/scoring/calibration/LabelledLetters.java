package com.followupcoach.scoring.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Labelled letters: a folder of texts with a manifest in the format of letters.tsv. */
final class LabelledLetters {

    /** One row of the manifest with the letter's text. */
    record Letter(String file, String label, Map<String, String> columns, String text) {
        boolean yes(String column) {
            return "yes".equals(columns.get(column));
        }
    }

    private LabelledLetters() {
    }

    /** The 40 development letters. */
    static List<Letter> load() {
        return load("/letters", "letters.tsv");
    }

    static List<Letter> load(String folder, String manifestName) {
        String manifest = read(folder + "/" + manifestName);
        String[] lines = manifest.split("\n");
        String[] header = lines[0].split("\t");
        List<Letter> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.length && c < cells.length; c++) {
                row.put(header[c], cells[c]);
            }
            // as eval_letters.py derives it: a reversal request or a demand both break realistic expectations
            row.put("realistic_expectations_problem",
                    row.get("asks_to_reconsider").equals("yes") || row.get("demands_reasons").equals("yes") ? "yes" : "no");
            out.add(new Letter(row.get("file"), row.get("label"), row, read(folder + "/" + row.get("file"))));
        }
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = LabelledLetters.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
