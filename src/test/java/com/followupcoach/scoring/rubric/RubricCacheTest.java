package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupcoach.vocabulary.Criterion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trainer's rubric through its snapshot in the cache: the snapshot is read only while every
 * file of the rubric is as it was; any change, any damage, another build, and the files
 * themselves are read, with the same result and the same errors as without a cache.
 */
class RubricCacheTest {

    private static final String BUILD = "build-1";
    /** What a planted snapshot says for gratitude: seen only when the snapshot was read. */
    private static final String PLANTED = "Said only by the planted snapshot.";

    @TempDir
    Path root;

    private Path rubric;
    private Path cacheFolder;
    private RubricCache cache;

    @BeforeEach
    void folders() throws IOException {
        rubric = TrainerRubric.writeInto(Files.createDirectories(root.resolve("workshop")));
        cacheFolder = root.resolve("cache");
        cache = new RubricCache(cacheFolder, Optional.of(BUILD));
    }

    private static String thanks(Rubric rubric) {
        return rubric.spec(Criterion.GRATITUDE).messages().get("met");
    }

    /**
     * Writes, as the rubric's snapshot, one that holds another gratitude message but the
     * fingerprints of the rubric's files as they are now: it can only have been read from the snapshot.
     */
    private void plantSnapshot(String build) throws IOException, RubricException {
        String original = Files.readString(rubric);
        Files.writeString(rubric, original.replace(TrainerRubric.TRAINER_THANKS, PLANTED));
        RubricParser.Parsed planted = Rubric.load(rubric, FolderRubric.READER, new LinkedHashMap<>());
        Files.writeString(rubric, original);
        Map<String, byte[]> now = new LinkedHashMap<>();
        Rubric.load(rubric, FolderRubric.READER, now);
        Files.createDirectories(cacheFolder);
        Files.write(cache.snapshotOf(rubric), RubricSnapshot.write(planted, now, RubricCache.origin(rubric), build));
    }

    @Test
    void theFirstLoadReadsTheFilesAndKeepsTheirSnapshot() throws Exception {
        Rubric loaded = cache.load(rubric);

        assertThat(RubricDescription.of(loaded)).containsExactlyElementsOf(RubricDescription.of(FolderRubric.load(rubric)));
        byte[] kept = Files.readAllBytes(cache.snapshotOf(rubric));
        assertThat(RubricSnapshot.read(kept, BUILD, RubricCache.origin(rubric))).isPresent();
    }

    @Test
    void theNextLoadReadsTheSnapshotWhileTheFilesAreUnchanged() throws Exception {
        cache.load(rubric);
        plantSnapshot(BUILD);

        assertThat(thanks(cache.load(rubric))).isEqualTo(PLANTED);
    }

    @Test
    void aSnapshotReadBackNamesTheFilesAsTheRubricIsNamedNow() throws Exception {
        plantSnapshot(BUILD);
        Path relative = Path.of("").toAbsolutePath().relativize(rubric);

        Rubric again = cache.load(relative);

        assertThat(thanks(again)).isEqualTo(PLANTED);
        assertThat(again.source()).isEqualTo(relative.toString());
        assertThat(again.rules()).allSatisfy(rule -> assertThat(rule.source())
                .startsWith(relative.getParent().toString()));
        assertThat(again.rules().stream().map(Rule::source))
                .containsExactlyElementsOf(FolderRubric.load(relative).rules().stream().map(Rule::source).toList());
    }

    @Test
    void aChangeToAnyFileOfTheRubricIsReadAtOnce() throws Exception {
        List<String> changed = List.of("rubric.yaml", "rules/gratitude.yaml", "lexicons/thanks.txt", "spellings.txt");
        for (String name : changed) {
            plantSnapshot(BUILD);
            assertThat(thanks(cache.load(rubric))).as("before changing " + name).isEqualTo(PLANTED);

            Path file = rubric.resolveSibling(name);
            Files.writeString(file, Files.readString(file) + "\n# edited by the trainer\n");

            assertThat(thanks(cache.load(rubric))).as("after changing " + name).isEqualTo(TrainerRubric.TRAINER_THANKS);
        }
    }

    @Test
    void aSnapshotFromAnotherBuildOfTheAppIsNotRead() throws Exception {
        plantSnapshot("build-0");

        assertThat(thanks(cache.load(rubric))).isEqualTo(TrainerRubric.TRAINER_THANKS);
    }

    @Test
    void aDamagedSnapshotFallsBackToTheFilesAndIsWrittenAgain() throws Exception {
        List<String> expected = RubricDescription.of(FolderRubric.load(rubric));
        Path snapshot = cache.snapshotOf(rubric);
        for (String damage : List.of("truncated", "overwritten", "empty", "noise")) {
            cache.load(rubric);
            byte[] good = Files.readAllBytes(snapshot);
            byte[] bad = switch (damage) {
                case "truncated" -> java.util.Arrays.copyOf(good, good.length / 3);
                case "overwritten" -> overwrite(good, good.length / 2, 64);
                case "empty" -> new byte[0];
                default -> noise(good.length);
            };
            Files.write(snapshot, bad);

            assertThat(RubricDescription.of(cache.load(rubric))).as(damage).containsExactlyElementsOf(expected);
            assertThat(RubricSnapshot.read(Files.readAllBytes(snapshot), BUILD, RubricCache.origin(rubric)))
                    .as("rewritten after " + damage).isPresent();
        }
    }

    @Test
    void aSnapshotThatCannotBeReadOrWrittenCostsNothingButTime() throws Exception {
        Files.createDirectories(cache.snapshotOf(rubric)); // a folder where the snapshot should be
        assertThat(thanks(cache.load(rubric))).isEqualTo(TrainerRubric.TRAINER_THANKS);

        RubricCache nowhere = new RubricCache(Files.writeString(root.resolve("a-file"), "not a folder"), Optional.of(BUILD));
        assertThat(thanks(nowhere.load(rubric))).isEqualTo(TrainerRubric.TRAINER_THANKS);
    }

    @Test
    void aBrokenRubricGivesTheSameErrorAsWithoutACacheEvenAfterAGoodSnapshot() throws Exception {
        cache.load(rubric);
        Files.writeString(rubric, Files.readString(rubric).replace("\ncriteria:", "\ncriterias:"));

        String withoutCache = messageOf(() -> FolderRubric.load(rubric));
        assertThatThrownBy(() -> cache.load(rubric)).isInstanceOf(RubricException.class).hasMessage(withoutCache);
    }

    @Test
    void withoutABuildIdNothingIsCachedAndTheFilesAreRead() throws Exception {
        RubricCache uncached = new RubricCache(cacheFolder, Optional.empty());

        assertThat(thanks(uncached.load(rubric))).isEqualTo(TrainerRubric.TRAINER_THANKS);
        assertThat(cacheFolder).doesNotExist();
    }

    @Test
    void onlyTheNewestSnapshotsAreKept() throws Exception {
        Files.createDirectories(cacheFolder);
        for (int i = 0; i < RubricCache.KEPT + 5; i++) {
            Path old = Files.write(cacheFolder.resolve("rubric-old" + i + ".snapshot"), new byte[] {1});
            Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2020-01-01T00:00:00Z").plusSeconds(i)));
        }

        cache.load(rubric);

        try (Stream<Path> kept = Files.list(cacheFolder)) {
            List<String> names = kept.map(p -> p.getFileName().toString()).toList();
            assertThat(names).hasSize(RubricCache.KEPT).contains(cache.snapshotOf(rubric).getFileName().toString())
                    .doesNotContain("rubric-old0.snapshot", "rubric-old5.snapshot");
        }
    }

    private interface Load {
        Rubric run() throws RubricException;
    }

    private static String messageOf(Load load) {
        try {
            load.run();
        } catch (RubricException e) {
            return e.getMessage();
        }
        throw new AssertionError("the rubric loaded");
    }

    private static byte[] overwrite(byte[] bytes, int at, int length) {
        byte[] out = bytes.clone();
        for (int i = at; i < Math.min(out.length, at + length); i++) {
            out[i] = (byte) 0xA5;
        }
        return out;
    }

    private static byte[] noise(int length) {
        byte[] out = new byte[length];
        new java.util.Random(3).nextBytes(out);
        return out;
    }
}
