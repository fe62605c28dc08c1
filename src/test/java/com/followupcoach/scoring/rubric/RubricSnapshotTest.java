package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.vocabulary.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The snapshot of a rubric: it gives back exactly the rubric it was made of, and it is used
 * only when whole, made by this build, and made of the files as they are now.
 */
class RubricSnapshotTest {

    private static final String BUILD = "test-build";

    private static RubricParser.Parsed parsed;
    private static Map<String, byte[]> read;
    private static byte[] snapshot;

    @BeforeAll
    static void snapshotOfTheBuiltInRubric() {
        read = new LinkedHashMap<>();
        parsed = BuiltInRubric.parse(read);
        snapshot = RubricSnapshot.write(parsed, read, BuiltInRubric.ORIGIN, BUILD);
    }

    @Test
    void aSnapshotGivesBackTheRubricItWasMadeOf() {
        Rubric back = RubricSnapshot.read(snapshot, BUILD, BuiltInRubric.ORIGIN).orElseThrow();

        assertThat(RubricDescription.of(back)).containsExactlyElementsOf(RubricDescription.of(parsed.rubric()));
    }

    @Test
    void theBuildPackagesACurrentSnapshotOfTheBuiltInRubric() throws IOException {
        byte[] packaged;
        try (InputStream in = BuiltInRubric.class.getResourceAsStream(BuiltInRubric.SNAPSHOT)) {
            assertThat(in).as("the build writes " + BuiltInRubric.SNAPSHOT + " (pom.xml, rubric-snapshot)").isNotNull();
            packaged = in.readAllBytes();
        }
        String build = BuiltInRubric.buildId().orElseThrow();

        assertThat(RubricSnapshot.read(packaged, build, BuiltInRubric.ORIGIN)).isPresent();
        assertThat(RubricDescription.of(Rubric.builtIn())).containsExactlyElementsOf(RubricDescription.of(parsed.rubric()));
    }

    @Test
    void everyLetterScoresTheSameWithTheRubricFromItsSnapshot() throws IOException {
        ScoringEngine fromFiles = new ScoringEngine(parsed.rubric());
        ScoringEngine fromSnapshot = new ScoringEngine(RubricSnapshot.read(snapshot, BUILD, BuiltInRubric.ORIGIN).orElseThrow());
        List<Path> letters = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Path.of("src/test/resources"))) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith("letters")).toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(f -> f.toString().endsWith(".txt")).forEach(letters::add);
                }
            }
        }

        assertThat(letters).hasSizeGreaterThan(100);
        for (Path letter : letters) {
            String text = Files.readString(letter);
            assertThat(fromSnapshot.score(text, Scenario.NONE)).as(letter.toString())
                    .isEqualTo(fromFiles.score(text, Scenario.NONE));
        }
    }

    @Test
    void aSnapshotMadeByAnotherBuildIsNotUsed() {
        assertThat(RubricSnapshot.read(snapshot, "another-build", BuiltInRubric.ORIGIN)).isEmpty();
    }

    @Test
    void aSnapshotIsStaleOnceAnyOfItsFilesChanges() {
        assertThat(read.keySet()).contains(RubricSnapshot.RUBRIC_FILE, "rules/tone.yaml", "spellings.txt")
                .anyMatch(name -> name.startsWith("lexicons/"));
        for (String changed : read.keySet()) {
            byte[] edited = read.get(changed).clone();
            edited[edited.length / 2] ^= 1;
            assertThat(RubricSnapshot.read(snapshot, BUILD, withFile(changed, edited))).as(changed).isEmpty();
            byte[] longer = Arrays.copyOf(read.get(changed), read.get(changed).length + 1);
            longer[longer.length - 1] = '\n';
            assertThat(RubricSnapshot.read(snapshot, BUILD, withFile(changed, longer))).as(changed).isEmpty();
        }
    }

    @Test
    void aSnapshotIsStaleWhenOneOfItsFilesIsGone() {
        assertThat(RubricSnapshot.read(snapshot, BUILD, withFile("lexicons/insult-noun.txt", null))).isEmpty();
    }

    @Test
    void aDamagedSnapshotIsNotUsedAndThrowsNothing() {
        List<byte[]> damaged = new ArrayList<>();
        damaged.add(new byte[0]);
        for (int length : new int[] {3, 8, 40, snapshot.length / 2, snapshot.length - 1}) {
            damaged.add(Arrays.copyOf(snapshot, length));
        }
        for (int at = 0; at < snapshot.length; at += 997) {
            byte[] flipped = snapshot.clone();
            flipped[at] ^= 0x5a;
            damaged.add(flipped);
        }
        byte[] noise = new byte[snapshot.length];
        new Random(7).nextBytes(noise);
        damaged.add(noise);

        for (byte[] bytes : damaged) {
            assertThat(RubricSnapshot.read(bytes, BUILD, BuiltInRubric.ORIGIN)).isEmpty();
        }
    }

    /**
     * Damage the snapshot's checksum would catch, with the checksum made to fit: reading
     * never throws or runs away. Damage to a count or a name makes the snapshot unusable; a
     * changed letter inside a message reads as that message, with every part still in place.
     */
    @Test
    void damageBehindAFittingChecksumNeverThrowsAndKeepsTheShape() {
        int start = payloadStart();
        Random random = new Random(11);
        int refused = 0;
        for (int i = 0; i < 300; i++) {
            byte[] bytes = snapshot.clone();
            int at = start + random.nextInt(snapshot.length - 4 - start);
            bytes[at] = (byte) (bytes[at] ^ (1 + random.nextInt(255)));
            restamp(bytes);
            var rubric = RubricSnapshot.read(bytes, BUILD, BuiltInRubric.ORIGIN);
            if (rubric.isEmpty()) {
                refused++;
                continue;
            }
            assertThat(rubric.get().rules()).hasSameSizeAs(parsed.rubric().rules());
            assertThat(rubric.get().criteria().keySet()).isEqualTo(parsed.rubric().criteria().keySet());
        }
        assertThat(refused).isPositive();
    }

    /** Where the rubric's own parts begin: after magic, format, build id and the files (name, length, two checksums). */
    private static int payloadStart() {
        int at = 8;
        at += 4 + intAt(at);
        int files = intAt(at);
        at += 4;
        for (int i = 0; i < files; i++) {
            at += 4 + intAt(at) + 12;
        }
        return at;
    }

    private static int intAt(int at) {
        return (snapshot[at] & 0xff) << 24 | (snapshot[at + 1] & 0xff) << 16 | (snapshot[at + 2] & 0xff) << 8
                | snapshot[at + 3] & 0xff;
    }

    /** The closing checksum made to fit the bytes before it. */
    private static void restamp(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        int v = (int) crc.getValue();
        int end = bytes.length - 4;
        bytes[end] = (byte) (v >>> 24);
        bytes[end + 1] = (byte) (v >>> 16);
        bytes[end + 2] = (byte) (v >>> 8);
        bytes[end + 3] = (byte) v;
    }

    /** The built-in rubric's files, one of them with other bytes ({@code null}: gone). */
    private static RubricSnapshot.Origin withFile(String relative, byte[] bytes) {
        return new RubricSnapshot.Origin() {
            @Override
            public String rubricName() {
                return BuiltInRubric.ORIGIN.rubricName();
            }

            @Override
            public String shownName(String name) {
                return BuiltInRubric.ORIGIN.shownName(name);
            }

            @Override
            public byte[] read(String name) throws IOException {
                if (!name.equals(relative)) {
                    return BuiltInRubric.ORIGIN.read(name);
                }
                if (bytes == null) {
                    throw new NoSuchFileException(name);
                }
                return bytes;
            }
        };
    }
}
