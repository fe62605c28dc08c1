package com.followupcoach.scoring.behaviour;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The ratchet: each class's pass rate (whole percent, rounded down) may not fall below
 * the floor recorded in /behaviour/floors.properties. Whoever improves the engine raises
 * the floors; nobody lowers one without saying why in the commit.
 */
final class Floors {

    static final String RESOURCE = "/behaviour/floors.properties";

    private Floors() {
    }

    static Map<String, Integer> load() {
        Properties properties = new Properties();
        try (InputStream in = Floors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> floors = new TreeMap<>();
        properties.forEach((k, v) -> floors.put(k.toString(), Integer.parseInt(v.toString().trim())));
        return floors;
    }

    /** Every class below its floor, every class without one, and every floor for no class. */
    static List<String> violations(Map<String, Integer> floors, List<ClassResult> results) {
        List<String> problems = new ArrayList<>();
        for (ClassResult r : results) {
            Integer floor = floors.get(r.className());
            if (floor == null) {
                problems.add(r.className() + " has no floor: add " + r.className() + "=" + r.percent() + " to "
                        + RESOURCE);
            } else if (r.percent() < floor) {
                problems.add(r.className() + " passes " + r.percent() + "% of " + r.cases() + " cases, below its floor of "
                        + floor + "%");
            }
        }
        for (String name : floors.keySet()) {
            if (results.stream().noneMatch(r -> r.className().equals(name))) {
                problems.add(RESOURCE + " names " + name + ", which is not a class of the suite");
            }
        }
        return problems;
    }

    /** The floors file text for the current results: every class at its pass rate, rounded down. */
    static String proposed(List<ClassResult> results) {
        StringBuilder out = new StringBuilder();
        results.forEach(r -> out.append(r.className()).append('=').append(r.percent()).append('\n'));
        return out.toString();
    }
}
