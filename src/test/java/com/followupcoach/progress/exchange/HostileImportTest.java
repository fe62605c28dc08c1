package com.followupcoach.progress.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupcoach.progress.OpenedStore;
import com.followupcoach.progress.Profile;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export file is input from anywhere: every hostile value is refused in one line, nothing written. */
class HostileImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private ProgressStore store;

    @BeforeEach
    void open() {
        OpenedStore opened = new ProgressStoreOpener(Clock.systemUTC()).openExclusively(dir.resolve("data"));
        store = opened.store();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ObjectNode valid() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", ExportFormat.JSON_TAG).put("version", ExportFormat.JSON_VERSION);
        root.putObject("profile").put("name", "Ana").put("createdAt", "2026-03-01T08:00:00Z");
        root.putArray("lessons");
        root.putArray("quizzes");
        ArrayNode attempts = root.putArray("attempts");
        attempts.add(attempt("Dear Ms Chen"));
        return root;
    }

    private ObjectNode attempt(String text) {
        ObjectNode attempt = JSON.createObjectNode().put("exercise", "ex-1").put("createdAt", "2026-03-02T09:00:00Z")
                .put("score", 78).put("words", 212).put("findings", 3).put("text", text);
        attempt.putArray("criteria").addObject().put("id", "gratitude").put("status", "met").put("points", 10).put("max", 10);
        return attempt;
    }

    private void assertRefused(ObjectNode export, String message) {
        assertThatThrownBy(() -> new ProgressImporter(store).importJson(export.toString()))
                .isInstanceOf(InvalidExportException.class).hasMessage(message);
        assertThat(store.profiles().list()).extracting(Profile::name).containsExactly("Me");
    }

    @Test
    void theValidExportIsImported() throws Exception {
        assertThat(new ProgressImporter(store).importJson(valid().toString()).name()).isEqualTo("Ana");
    }

    @Test
    void aScoreOutOfRangeIsRefused() {
        ObjectNode export = valid();
        ((ObjectNode) export.get("attempts").get(0)).put("score", 999);
        assertRefused(export, "field \"attempts[0].score\" is 999; it must be from 0 to 100");
    }

    @Test
    void negativeWordsAreRefused() {
        ObjectNode export = valid();
        ((ObjectNode) export.get("attempts").get(0)).put("words", -5);
        assertRefused(export, "field \"attempts[0].words\" is -5; it must be at least 0");
    }

    @Test
    void aDuplicatedAttemptIsRefused() {
        ObjectNode export = valid();
        ((ArrayNode) export.get("attempts")).add(attempt("Dear Ms Chen"));
        assertRefused(export, "\"attempts[1]\" repeats an earlier attempt");
    }

    @Test
    void namesWithNulBidiOverridesOrPathPartsAreRefused() {
        ObjectNode nul = valid();
        ((ObjectNode) nul.get("profile")).put("name", "Ana\u0000");
        assertRefused(nul, "field \"profile.name\" contains a control character (U+0000)");

        ObjectNode bidi = valid();
        ((ObjectNode) bidi.get("profile")).put("name", "Ana\u202Etxt.exe");
        assertRefused(bidi, "field \"profile.name\" contains a text-direction character (U+202E) that can disguise it");

        ObjectNode path = valid();
        ((ObjectNode) path.get("profile")).put("name", "../../etc");
        assertRefused(path, "field \"profile.name\" contains a path part (/, \\ or ..)");
    }

    @Test
    void binaryInputIsCalledBinary() throws IOException {
        Path binary = Files.write(dir.resolve("photo.json"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x10});
        assertThatThrownBy(() -> new ProgressImporter(store).importFile(binary))
                .isInstanceOf(InvalidExportException.class).hasMessageStartingWith("not");
        assertThat(store.profiles().list()).hasSize(1);
    }

    @Test
    void aFailureLateInTheFileWritesNothingFromEarlierRecords() {
        ObjectNode export = valid();
        ((ArrayNode) export.get("attempts")).add(attempt("Second letter").put("score", -1));
        assertRefused(export, "field \"attempts[1].score\" is -1; it must be from 0 to 100");
        assertThat(store.attempts().all(store.profiles().lastActive().id())).isEmpty();
    }

    @Test
    void exportsArePrivateToTheUser() throws IOException {
        for (String name : new String[] {"ana.json", "ana.csv"}) {
            Path out = dir.resolve(name);
            new ProgressExporter(store, Clock.systemUTC()).export(store.profiles().lastActive(), out);
            assertThat(Files.getPosixFilePermissions(out))
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }
}
