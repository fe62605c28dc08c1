package com.followupcoach.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (pom.xml, after the resources are in place): compiles each theme style sheet
 * ({@code assets/themes/NAME.css}) to JavaFX's binary form ({@code NAME.bss}) beside it, which
 * {@link com.followupcoach.ui.theme.ThemeManager} loads instead: a binary sheet is read without
 * parsing, and app.css is read before the first window (docs/decisions/0005-packaging.md).
 *
 * <p>usage: {@code BinaryStyleSheets THEMES-FOLDER}
 */
public final class BinaryStyleSheets {

    private BinaryStyleSheets() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BinaryStyleSheets THEMES-FOLDER");
        }
        List<Path> sheets;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            sheets = files.filter(f -> f.getFileName().toString().endsWith(".css")).sorted().toList();
        }
        if (sheets.isEmpty()) {
            throw new IllegalStateException("no style sheets in " + args[0]);
        }
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            File bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss").toFile();
            Stylesheet.convertToBinary(css.toFile(), bss);
        }
    }
}
