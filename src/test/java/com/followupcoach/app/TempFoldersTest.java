package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a crash left in the temp folders goes at the next start; other files stay. */
class TempFoldersTest {

    @TempDir
    Path temp;

    @Test
    void leftoversOfACrashedRunAreRemovedAndOtherFilesKept() throws IOException {
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        Path oldLibrary = old(temp.resolve("sqlite-3.54.1.0-1b2c-libsqlitejdbc.so"), now);
        Path oldLock = old(temp.resolve("sqlite-3.54.1.0-1b2c-libsqlitejdbc.so.lck"), now);
        Path oldFont = old(temp.resolve("+JXF123456.tmp"), now);
        Path someoneElses = old(temp.resolve("report.tmp"), now);
        Path justExtracted = Files.createFile(temp.resolve("sqlite-3.54.1.0-9f9f-libsqlitejdbc.so"));
        Files.setLastModifiedTime(justExtracted, FileTime.from(now));

        assertThat(TempFolders.removeLeftovers(temp, now)).isEqualTo(3);

        assertThat(oldLibrary).doesNotExist();
        assertThat(oldLock).doesNotExist();
        assertThat(oldFont).doesNotExist();
        assertThat(someoneElses).exists();
        assertThat(justExtracted).exists();
    }

    @Test
    void theCacheFolderFollowsEachPlatformsRule() {
        Path home = Path.of("/home/ana");
        assertThat(TempFolders.cacheFolder(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/ana/.cache/followup-coach"));
        assertThat(TempFolders.cacheFolder(Map.of("XDG_CACHE_HOME", "/var/cache/ana"), "Linux", home))
                .isEqualTo(Path.of("/var/cache/ana/followup-coach"));
        assertThat(TempFolders.cacheFolder(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/ana/Library/Caches/Follow-Up Coach"));
    }

    private static Path old(Path file, Instant now) throws IOException {
        Files.createFile(file);
        Files.setLastModifiedTime(file, FileTime.from(now.minus(TempFolders.STALE).minusSeconds(1)));
        return file;
    }
}
