package com.followupcoach.scoring.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The suite reaches the engine through one adapter only, so that when the engine's types
 * move package (issue 9 gives them one of their own) no generator or test needs editing.
 * A class file names every class it uses in its constant pool, so reading those names is
 * enough; an ArchUnit import of the same folder took over 20 seconds on a busy machine.
 */
class AdapterBoundaryTest {

    private static final Pattern APPLICATION_CLASS = Pattern.compile("com/followupcoach/[\\w/$]+");
    private static final String OWN_PACKAGE = "com/followupcoach/scoring/behaviour/";

    @Test
    void onlyTheAdapterTouchesTheApplication() throws Exception {
        Path folder = Path.of(EngineAdapter.class.getResource("EngineAdapter.class").toURI()).getParent();
        Map<String, List<String>> used = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                used.put(file.getFileName().toString(), applicationClassesUsedBy(file));
            }
        }
        assertThat(used).hasSizeGreaterThan(10);
        assertThat(used.get("EngineAdapter.class")).as("the adapter is read like the others")
                .anyMatch(name -> name.startsWith("com/followupcoach/scoring/"));
        used.forEach((file, names) -> {
            // this test names the application's packages in its own strings
            if (!file.startsWith("EngineAdapter") && !file.startsWith("AdapterBoundaryTest")) {
                assertThat(names).as(file + " uses the application directly").isEmpty();
            }
        });
    }

    private static List<String> applicationClassesUsedBy(Path classFile) throws IOException {
        Matcher m = APPLICATION_CLASS.matcher(new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1));
        return m.results().map(r -> r.group()).filter(name -> !name.startsWith(OWN_PACKAGE)).distinct().toList();
    }
}
