package com.followupcoach.scoring.rubric;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Reads the {@code settings:} block of a rubric. */
final class SettingsReader {

    private final String source;

    SettingsReader(String source) {
        this.source = source;
    }

    Settings read(YamlNode node) throws RubricException {
        Fields f = new Fields(node, "settings", source, Set.of("caps", "length", "timing", "negation",
                "abbreviations", "allowedRepeats", "paragraphsFromWords", "mechanicsMissingFrom"));
        Fields caps = new Fields(f.node("caps"), "caps", source,
                Set.of("missingEssential", "harmfulTone", "realisticExpectations", "wrongGenre", "personalization"));
        Fields length = new Fields(f.node("length"), "length", source, Set.of("idealMin", "idealMax", "tooLong"));
        Fields timing = new Fields(f.node("timing"), "timing", source, Set.of("minDays", "maxDays"));
        Fields negation = new Fields(f.node("negation"), "negation", source,
                Set.of("window", "words", "notBefore", "clauseBreaks"));
        Settings.Length bounds = new Settings.Length(length.integer("idealMin", 0, 10_000),
                length.integer("idealMax", 1, 10_000), length.integer("tooLong", 1, 100_000));
        if (bounds.idealMin() > bounds.idealMax() || bounds.idealMax() > bounds.tooLong()) {
            throw new RubricException(source, length.line(), "length bounds must satisfy idealMin <= idealMax <= tooLong");
        }
        Settings.Timing days = new Settings.Timing(timing.integer("minDays", 0, 365), timing.integer("maxDays", 0, 3650));
        if (days.minDays() > days.maxDays()) {
            throw new RubricException(source, timing.line(), "timing needs minDays <= maxDays");
        }
        return new Settings(
                new Settings.Caps(cap(caps, "missingEssential"), cap(caps, "harmfulTone"),
                        cap(caps, "realisticExpectations"), cap(caps, "wrongGenre"), cap(caps, "personalization")),
                bounds, days,
                new Settings.Negation(negation.integer("window", 1, 20), words(negation, "words"),
                        words(negation, "notBefore"), words(negation, "clauseBreaks")),
                words(f, "abbreviations"), words(f, "allowedRepeats"),
                f.integer("paragraphsFromWords", 0, 10_000), f.integer("mechanicsMissingFrom", 1, 100));
    }

    private static int cap(Fields caps, String key) throws RubricException {
        return caps.integer(key, 0, 100);
    }

    private static Set<String> words(Fields f, String key) throws RubricException {
        Set<String> out = new HashSet<>();
        for (YamlNode.Scalar s : f.scalars(key)) {
            out.add(s.value().toLowerCase(Locale.ROOT).trim());
        }
        return out;
    }
}
