package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.ui.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class ThemeHintTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Theme.class)
    void aWrittenThemeIsReadBack(Theme theme) {
        ThemeHint.write(dataDir, theme);

        assertThat(ThemeHint.read(dataDir)).contains(theme);
    }

    @Test
    void aNewDataFolderHasNoHint() {
        assertThat(ThemeHint.read(dataDir.resolve("not-made-yet"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "purple", "dark dark", "\u0000\u0001binary"})
    void aDamagedHintIsIgnored(String content) throws Exception {
        Files.writeString(dataDir.resolve(ThemeHint.FILE_NAME), content);

        assertThat(ThemeHint.read(dataDir)).isEmpty();
    }

    @Test
    void aLargeFileInTheHintsPlaceIsNotRead() throws Exception {
        Files.writeString(dataDir.resolve(ThemeHint.FILE_NAME), "dark" + " ".repeat(10_000));

        assertThat(ThemeHint.read(dataDir)).isEmpty();
    }

    @Test
    void aFolderInTheHintsPlaceIsIgnoredAndNotReplaced() throws Exception {
        Files.createDirectory(dataDir.resolve(ThemeHint.FILE_NAME));

        ThemeHint.write(dataDir, Theme.DARK);

        assertThat(ThemeHint.read(dataDir)).isEmpty();
        assertThat(dataDir.resolve(ThemeHint.FILE_NAME)).isDirectory();
    }

    @Test
    void aDataFolderThatCannotBeMadeLeavesNoHintAndNoError() throws Exception {
        Path aFile = Files.writeString(dataDir.resolve("a-file"), "x");

        ThemeHint.write(aFile.resolve("data"), Theme.DARK);

        assertThat(ThemeHint.read(aFile.resolve("data"))).isEmpty();
    }
}
