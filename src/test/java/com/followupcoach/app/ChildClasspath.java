package com.followupcoach.app;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The class path for a child JVM that runs a test main: the test and main classes and
 * every library the tests run with (surefire puts them on the module path).
 */
final class ChildClasspath {

    private ChildClasspath() {
    }

    static String of(Class<?> main) throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        entries.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        entries.add(Path.of("target", "classes").toAbsolutePath().toString());
        for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(property, "");
            for (String entry : value.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(entry);
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
