package com.followupcoach.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(DataFolder.resolve(Map.of("XDG_DATA_HOME", "/data/ana"), "Linux", HOME))
                .isEqualTo(Path.of("/data/ana/followup-coach"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(DataFolder.resolve(Map.of(), "Linux", HOME)).isEqualTo(Path.of("/home/ana/.local/share/followup-coach"));
    }

    @Test
    void linuxIgnoresARelativeXdgDataHomeAsTheSpecSays() {
        assertThat(DataFolder.resolve(Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/followup-coach"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolder.resolve(Map.of("XDG_DATA_HOME", "/ignored"), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Follow-Up Coach"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataFolder.resolve(Map.of("APPDATA", "/c/Users/ana/AppData/Roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of("/c/Users/ana/AppData/Roaming/Follow-Up Coach"));
    }

    @Test
    void windowsWithoutAppDataUsesTheRoamingFolderUnderHome() {
        assertThat(DataFolder.resolve(Map.of(), "Windows 10", HOME))
                .isEqualTo(Path.of("/home/ana/AppData/Roaming/Follow-Up Coach"));
    }
}
