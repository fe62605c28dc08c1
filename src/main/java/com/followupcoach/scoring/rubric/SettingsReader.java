package com.followupcoach.scoring.rubric;

import com.followupcoach.files.yaml.Fields;
import com.followupcoach.files.yaml.FileProblems;
import com.followupcoach.files.yaml.YamlNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code settings:} block of a rubric. Every missing or malformed setting is reported. */
final class SettingsReader {

    private final FileProblems report;

    SettingsReader(FileProblems report) {
        this.report = report;
    }

    /** The settings; null when any is missing or wrong (each reported). */
    Settings read(YamlNode node) {
        int before = report.count();
        Optional<Fields> settings = Fields.of(node, "settings", Set.of("caps", "length", "timing", "negation",
                "abbreviations", "allowedRepeats", "paragraphsFromWords", "mechanicsMissingFrom"), report);
        if (settings.isEmpty()) {
            return null;
        }
        Fields f = settings.get();
        Optional<Fields> caps = block(f, "caps",
                Set.of("missingEssential", "harmfulTone", "realisticExpectations", "wrongGenre", "personalization",
                        "rambling"));
        Optional<Fields> length = block(f, "length", Set.of("idealMin", "idealMax", "tooLong", "rambleWords"));
        Optional<Fields> timing = block(f, "timing", Set.of("minDays", "maxDays"));
        Optional<Fields> negation = block(f, "negation", Set.of("window", "words", "notBefore", "clauseBreaks",
                "disclaimers"));
        Settings.Length bounds = length.map(l -> new Settings.Length(number(l, "idealMin", 0, 10_000),
                number(l, "idealMax", 1, 10_000), number(l, "tooLong", 1, 100_000),
                l.number("rambleWords", 1, 1_000).orElse(0))).orElse(null);
        if (bounds != null && report.count() == before && (bounds.idealMin() > bounds.idealMax() || bounds.idealMax() > bounds.tooLong())) {
            report.at(f.line("length"), "length bounds must satisfy idealMin <= idealMax <= tooLong");
        }
        Settings.Timing days = timing.map(t -> new Settings.Timing(number(t, "minDays", 0, 365),
                number(t, "maxDays", 0, 3650))).orElse(null);
        if (days != null && report.count() == before && days.minDays() > days.maxDays()) {
            report.at(f.line("timing"), "timing needs minDays <= maxDays");
        }
        Settings.Caps limits = caps.map(c -> new Settings.Caps(cap(c, "missingEssential"), cap(c, "harmfulTone"),
                cap(c, "realisticExpectations"), cap(c, "wrongGenre"), cap(c, "personalization"),
                c.number("rambling", 0, 100).orElse(100))).orElse(null);
        Settings.Negation negationWords = negation.map(n -> new Settings.Negation(number(n, "window", 1, 20),
                words(n, "words"), words(n, "notBefore"), words(n, "clauseBreaks"),
                words(n, "disclaimers"))).orElse(null);
        Set<String> abbreviations = words(f, "abbreviations");
        Set<String> allowedRepeats = words(f, "allowedRepeats");
        int paragraphsFromWords = number(f, "paragraphsFromWords", 0, 10_000);
        int mechanicsMissingFrom = number(f, "mechanicsMissingFrom", 1, 100);
        if (report.count() > before) {
            return null;
        }
        return new Settings(limits, bounds, days, negationWords, abbreviations, allowedRepeats, paragraphsFromWords,
                mechanicsMissingFrom);
    }

    private Optional<Fields> block(Fields settings, String key, Set<String> allowed) {
        return settings.required(key).flatMap(node -> Fields.of(node, key, allowed, report));
    }

    private static int number(Fields f, String key, int min, int max) {
        return f.requiredNumber(key, min, max).orElse(min);
    }

    private static int cap(Fields caps, String key) {
        return number(caps, key, 0, 100);
    }

    private static Set<String> words(Fields f, String key) {
        Set<String> out = new HashSet<>();
        for (YamlNode.Scalar s : f.texts(key, true).orElse(List.of())) {
            out.add(s.value().toLowerCase(Locale.ROOT).trim());
        }
        return out;
    }
}
