package com.followupcoach.scoring.rubric;

import com.followupcoach.scoring.signal.SignalKind;
import com.followupcoach.scoring.text.Language;
import com.followupcoach.scoring.tokens.Lexicon;
import com.followupcoach.scoring.tokens.TokenPattern;
import com.followupcoach.scoring.tokens.TokenPatternException;
import com.followupcoach.scoring.tokens.WordTest;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Severity;
import com.followupcoach.vocabulary.Status;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A rubric kept as compact bytes, read back without YAML, validation, spelling or stemming:
 * the rubric's values, its lexicons' words as they were read, and its token patterns' texts
 * (compiled again, which is cheap). Reading the source files costs most of a {@code score};
 * this does not (docs/decisions/0006-rubric-snapshot.md).
 *
 * <p>A snapshot is used only when it is whole (a checksum over its contents), was written by
 * the same build of the app, and every file the rubric was read from still has the bytes it
 * had then (length, CRC-32C and CRC-32 of each). Otherwise {@link #read} answers empty and
 * the caller reads the files themselves, so a stale or damaged snapshot is never used.
 */
final class RubricSnapshot {

    private static final int MAGIC = 0x46554352; // "FUCR"
    /** Raised whenever the layout below changes. */
    private static final int FORMAT = 2;
    /** The relative name of the rubric file itself among its files. */
    static final String RUBRIC_FILE = "";

    private RubricSnapshot() {
    }

    /** Where a rubric's files are: how the parser names them, and their bytes now. */
    interface Origin {
        /** The rubric file's name in messages and in {@link Rubric#source()}. */
        String rubricName();

        /** A file beside the rubric, as the parser names it ({@link Rule#source()}). */
        String shownName(String relative);

        /** The file's bytes now; {@link #RUBRIC_FILE} is the rubric file itself. */
        byte[] read(String relative) throws IOException;
    }

    /** The header alone: enough to tell which build wrote a snapshot. */
    static Optional<String> buildId(byte[] data) {
        try {
            Input in = new Input(data, data.length);
            return in.header() ? Optional.of(in.string()) : Optional.empty();
        } catch (Damaged e) {
            return Optional.empty();
        }
    }

    /**
     * @param read    the bytes of every file the parser read, by relative name
     * @param origin  names the files as the parser did, to keep rules' sources relative
     * @param buildId the build of the app writing it
     * @throws IllegalArgumentException when the rubric holds a part a snapshot cannot keep
     */
    static byte[] write(RubricParser.Parsed parsed, Map<String, byte[]> read, Origin origin, String buildId) {
        try {
            Map<String, String> relativeOf = new HashMap<>();
            relativeOf.put(origin.rubricName(), RUBRIC_FILE);
            read.keySet().stream().filter(r -> !r.equals(RUBRIC_FILE)).forEach(r -> relativeOf.put(origin.shownName(r), r));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
            Output out = new Output(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.string(buildId);
            out.writeInt(read.size());
            for (Map.Entry<String, byte[]> file : read.entrySet()) {
                out.string(file.getKey());
                out.writeInt(file.getValue().length);
                out.writeInt(crc32c(file.getValue(), 0, file.getValue().length));
                out.writeInt(crc32(file.getValue()));
            }
            out.rubric(parsed, relativeOf);
            out.flush();
            byte[] body = bytes.toByteArray();
            // the checksum of everything before it closes the file
            out.writeInt(crc32c(body, 0, body.length));
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    /**
     * The rubric the snapshot holds, named after {@code origin}; empty when it is damaged, was
     * written by another build, or any of its files has changed (or cannot be read) since.
     */
    static Optional<Rubric> read(byte[] data, String buildId, Origin origin) {
        try {
            // the checksum closes the file; all before it is the snapshot
            if (data.length < 4 || crc32c(data, 0, data.length - 4) != new Input(data, data.length).intAt(data.length - 4)) {
                return Optional.empty();
            }
            Input in = new Input(data, data.length - 4);
            if (!in.header() || !in.string().equals(buildId)) {
                return Optional.empty();
            }
            int files = in.count();
            for (int i = 0; i < files; i++) {
                String relative = in.string();
                int length = in.readInt();
                int crc32c = in.readInt();
                int crc32 = in.readInt();
                byte[] now = origin.read(relative);
                if (now.length != length || crc32c(now, 0, now.length) != crc32c || crc32(now) != crc32) {
                    return Optional.empty();
                }
            }
            return Optional.of(in.rubric(origin));
        } catch (Damaged | IOException | TokenPatternException | RuntimeException e) {
            // Damaged in a way the checksum let through, a file gone, or a part no longer valid:
            // whatever it is, the files themselves are read instead.
            return Optional.empty();
        }
    }

    private static int crc32c(byte[] bytes, int from, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, length);
        return (int) crc.getValue();
    }

    private static int crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return (int) crc.getValue();
    }

    /** The writing side: every part of a rubric, in the order {@link Input} reads it. */
    private static final class Output extends DataOutputStream {

        Output(ByteArrayOutputStream out) {
            super(out);
        }

        void rubric(RubricParser.Parsed parsed, Map<String, String> relativeOf) throws IOException {
            Rubric rubric = parsed.rubric();
            settings(rubric.settings());
            writeInt(rubric.criteria().size());
            for (CriterionSpec spec : rubric.criteria().values()) {
                criterion(spec);
            }
            map(rubric.misspellings());
            map(rubric.language().spellings());
            writeInt(parsed.lexicons().size());
            for (Lexicon lexicon : parsed.lexicons().values()) {
                lexicon(lexicon);
            }
            phrases(rubric.language().ironyMarkers());
            phrases(rubric.language().ironyAlone());
            writeInt(rubric.rules().size());
            for (Rule rule : rubric.rules()) {
                rule(rule, relativeOf);
            }
        }

        private void settings(Settings s) throws IOException {
            Settings.Caps c = s.caps();
            ints(c.missingEssential(), c.harmfulTone(), c.realisticExpectations(), c.wrongGenre(), c.personalization(),
                    c.rambling());
            ints(s.length().idealMin(), s.length().idealMax(), s.length().tooLong(), s.length().rambleWords());
            ints(s.timing().minDays(), s.timing().maxDays());
            writeInt(s.negation().window());
            strings(s.negation().words());
            strings(s.negation().notBefore());
            strings(s.negation().clauseBreaks());
            strings(s.abbreviations());
            strings(s.allowedRepeats());
            ints(s.paragraphsFromWords(), s.mechanicsMissingFrom());
        }

        private void criterion(CriterionSpec spec) throws IOException {
            string(spec.criterion().id());
            writeInt(spec.weight());
            string(spec.lesson());
            map(spec.messages());
            if (spec.policy() instanceof CriterionPolicy.Measured m) {
                writeByte(1);
                string(m.measure().id());
                return;
            }
            CriterionPolicy.Clauses clauses = (CriterionPolicy.Clauses) spec.policy();
            writeByte(0);
            writeInt(clauses.clauses().size());
            for (CriterionPolicy.Clause clause : clauses.clauses()) {
                kinds(clause.when());
                kinds(clause.unless());
                string(clause.then().name());
                string(clause.message());
            }
            writeInt(clauses.notes().size());
            for (CriterionPolicy.Note note : clauses.notes()) {
                kinds(note.when());
                kinds(note.unless());
                string(note.message());
            }
        }

        private void lexicon(Lexicon lexicon) throws IOException {
            string(lexicon.name());
            writeInt(lexicon.entries().size());
            for (List<WordTest> entry : lexicon.entries()) {
                writeInt(entry.size());
                for (WordTest word : entry) {
                    writeByte(word.kind().ordinal());
                    string(word.value());
                }
            }
        }

        private void phrases(Language.PhraseFinder finder) throws IOException {
            if (finder == Language.PhraseFinder.NONE) {
                writeInt(-1);
                return;
            }
            if (!(finder instanceof LexiconPhrases phrases)) {
                throw new IllegalArgumentException("a phrase finder that is not a list of lexicons");
            }
            writeInt(phrases.lexicons().size());
            for (Lexicon lexicon : phrases.lexicons()) {
                string(lexicon.name());
            }
        }

        private void rule(Rule rule, Map<String, String> relativeOf) throws IOException {
            String relative = relativeOf.get(rule.source());
            if (relative == null) {
                throw new IllegalArgumentException("rule " + rule.id() + " comes from a file the rubric did not read");
            }
            string(rule.id());
            string(rule.criterion().id());
            string(rule.kind().name());
            string(rule.severity().name());
            writeBoolean(rule.disputes());
            writeInt(rule.minCount());
            writeBoolean(rule.negatable());
            string(rule.message());
            optional(rule.suggestion());
            strings(rule.matchExamples());
            strings(rule.nomatchExamples());
            string(relative);
            writeInt(rule.line());
            RuleTokens tokens = rule.tokens();
            writeInt(tokens.patterns().size());
            for (int i = 0; i < tokens.patterns().size(); i++) {
                string(tokens.patterns().get(i).source());
                optional(tokens.suggestions().get(i));
            }
            writeInt(tokens.unless().size());
            for (TokenPattern pattern : tokens.unless()) {
                string(pattern.source());
            }
            writeBoolean(rule.wholeSentence());
        }

        private void ints(int... values) throws IOException {
            for (int v : values) {
                writeInt(v);
            }
        }

        private void kinds(List<SignalKind> kinds) throws IOException {
            writeInt(kinds.size());
            for (SignalKind kind : kinds) {
                string(kind.name());
            }
        }

        private void optional(Optional<String> value) throws IOException {
            writeBoolean(value.isPresent());
            if (value.isPresent()) {
                string(value.get());
            }
        }

        private void strings(Collection<String> values) throws IOException {
            writeInt(values.size());
            for (String v : values) {
                string(v);
            }
        }

        private void map(Map<String, String> map) throws IOException {
            writeInt(map.size());
            for (Map.Entry<String, String> e : map.entrySet()) {
                string(e.getKey());
                string(e.getValue());
            }
        }

        void string(String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            writeInt(bytes.length);
            write(bytes);
        }
    }

    /** The snapshot does not hold what it should: it is not used. */
    private static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged() {
            super(null, null, false, false);
        }
    }

    /**
     * The reading side. Every count and length is checked against the bytes left, so a damaged
     * snapshot ends in {@link Damaged}, never in a huge allocation.
     */
    private static final class Input {

        private final byte[] data;
        private final int end;
        private int at;

        /** @param end where the reading stops (the closing checksum is not part of the snapshot) */
        Input(byte[] data, int end) {
            this.data = data;
            this.end = end;
        }

        boolean header() throws Damaged {
            return readInt() == MAGIC && readInt() == FORMAT;
        }

        /** The int at a place, where the reading has not got to. */
        int intAt(int place) {
            return (data[place] & 0xff) << 24 | (data[place + 1] & 0xff) << 16 | (data[place + 2] & 0xff) << 8
                    | data[place + 3] & 0xff;
        }

        int remaining() {
            return end - at;
        }

        int readInt() throws Damaged {
            if (remaining() < 4) {
                throw new Damaged();
            }
            int v = intAt(at);
            at += 4;
            return v;
        }

        /** A count of items still to come: each takes at least one byte. */
        int count() throws Damaged {
            int n = readInt();
            if (n < 0 || n > remaining()) {
                throw new Damaged();
            }
            return n;
        }

        byte readByte() throws Damaged {
            if (remaining() < 1) {
                throw new Damaged();
            }
            return data[at++];
        }

        boolean readBoolean() throws Damaged {
            return readByte() != 0;
        }

        String string() throws Damaged {
            int n = count();
            String s = new String(data, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        Rubric rubric(Origin origin) throws Damaged, TokenPatternException {
            Settings settings = settings();
            int criteriaCount = count();
            Map<Criterion, CriterionSpec> criteria = new EnumMap<>(Criterion.class);
            for (int i = 0; i < criteriaCount; i++) {
                CriterionSpec spec = criterion();
                criteria.put(spec.criterion(), spec);
            }
            Map<String, String> misspellings = map();
            Map<String, String> spellings = map();
            int lexiconCount = count();
            Map<String, Lexicon> lexicons = new HashMap<>();
            for (int i = 0; i < lexiconCount; i++) {
                Lexicon lexicon = lexicon();
                lexicons.put(lexicon.name(), lexicon);
            }
            Language.PhraseFinder markers = phrases(lexicons);
            Language.PhraseFinder alone = phrases(lexicons);
            int ruleCount = count();
            List<Rule> rules = new ArrayList<>(ruleCount);
            for (int i = 0; i < ruleCount; i++) {
                rules.add(rule(lexicons, origin));
            }
            if (remaining() != 0) {
                throw new Damaged();
            }
            Settings.Negation n = settings.negation();
            Language language = new Language(new Language.NegationRules(n.window(), n.words(), n.notBefore(),
                    n.clauseBreaks()), spellings, markers, alone);
            return new Rubric(origin.rubricName(), criteria, rules, misspellings, settings, language);
        }

        private Settings settings() throws Damaged {
            Settings.Caps caps = new Settings.Caps(readInt(), readInt(), readInt(), readInt(), readInt(), readInt());
            Settings.Length length = new Settings.Length(readInt(), readInt(), readInt(), readInt());
            Settings.Timing timing = new Settings.Timing(readInt(), readInt());
            Settings.Negation negation = new Settings.Negation(readInt(), stringSet(), stringSet(), stringSet());
            return new Settings(caps, length, timing, negation, stringSet(), stringSet(), readInt(), readInt());
        }

        private CriterionSpec criterion() throws Damaged {
            Criterion criterion = Criterion.byId(string()).orElseThrow(Damaged::new);
            int weight = readInt();
            String lesson = string();
            Map<String, String> messages = map();
            if (readByte() == 1) {
                CriterionPolicy.Measure measure = CriterionPolicy.Measure.byId(string()).orElseThrow(Damaged::new);
                return new CriterionSpec(criterion, weight, lesson, messages, new CriterionPolicy.Measured(measure));
            }
            int clauseCount = count();
            List<CriterionPolicy.Clause> clauses = new ArrayList<>(clauseCount);
            for (int i = 0; i < clauseCount; i++) {
                clauses.add(new CriterionPolicy.Clause(kinds(), kinds(), Status.valueOf(string()), string()));
            }
            int noteCount = count();
            List<CriterionPolicy.Note> notes = new ArrayList<>(noteCount);
            for (int i = 0; i < noteCount; i++) {
                notes.add(new CriterionPolicy.Note(kinds(), kinds(), string()));
            }
            return new CriterionSpec(criterion, weight, lesson, messages, new CriterionPolicy.Clauses(clauses, notes));
        }

        private Lexicon lexicon() throws Damaged {
            String name = string();
            int entryCount = count();
            WordTest.Kind[] kinds = WordTest.Kind.values();
            List<List<WordTest>> entries = new ArrayList<>(entryCount);
            for (int e = 0; e < entryCount; e++) {
                int words = count();
                List<WordTest> entry = new ArrayList<>(words);
                for (int w = 0; w < words; w++) {
                    int kind = readByte();
                    if (kind < 0 || kind >= kinds.length) {
                        throw new Damaged();
                    }
                    entry.add(new WordTest(kinds[kind], string()));
                }
                entries.add(entry);
            }
            return new Lexicon(name, entries);
        }

        private Language.PhraseFinder phrases(Map<String, Lexicon> lexicons) throws Damaged {
            int n = readInt();
            if (n == -1) {
                return Language.PhraseFinder.NONE;
            }
            if (n < 0 || n > remaining()) {
                throw new Damaged();
            }
            List<Lexicon> named = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                named.add(known(lexicons, string()));
            }
            return new LexiconPhrases(named);
        }

        private Rule rule(Map<String, Lexicon> lexicons, Origin origin) throws Damaged, TokenPatternException {
            String id = string();
            Criterion criterion = Criterion.byId(string()).orElseThrow(Damaged::new);
            RuleKind kind = RuleKind.valueOf(string());
            Severity severity = Severity.valueOf(string());
            boolean disputes = readBoolean();
            int minCount = readInt();
            boolean negatable = readBoolean();
            String message = string();
            Optional<String> suggestion = optional();
            List<String> match = strings();
            List<String> nomatch = strings();
            String relative = string();
            String source = relative.equals(RUBRIC_FILE) ? origin.rubricName() : origin.shownName(relative);
            int line = readInt();
            int patternCount = count();
            List<TokenPattern> patterns = new ArrayList<>(patternCount);
            List<Optional<String>> suggestions = new ArrayList<>(patternCount);
            for (int i = 0; i < patternCount; i++) {
                patterns.add(TokenPattern.compile(string(), lexicons));
                suggestions.add(optional());
            }
            int unlessCount = count();
            List<TokenPattern> unless = new ArrayList<>(unlessCount);
            for (int i = 0; i < unlessCount; i++) {
                unless.add(TokenPattern.compile(string(), lexicons));
            }
            boolean wholeSentence = readBoolean();
            return new Rule(id, criterion, kind, severity, disputes, minCount, negatable, message, suggestion, match,
                    nomatch, source, line, new RuleTokens(patterns, suggestions, unless), wholeSentence);
        }

        private static Lexicon known(Map<String, Lexicon> lexicons, String name) throws Damaged {
            Lexicon lexicon = lexicons.get(name);
            if (lexicon == null) {
                throw new Damaged();
            }
            return lexicon;
        }

        private List<SignalKind> kinds() throws Damaged {
            int n = count();
            List<SignalKind> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(SignalKind.valueOf(string()));
            }
            return out;
        }

        private Optional<String> optional() throws Damaged {
            return readBoolean() ? Optional.of(string()) : Optional.empty();
        }

        private List<String> strings() throws Damaged {
            int n = count();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(string());
            }
            return out;
        }

        private Set<String> stringSet() throws Damaged {
            return new HashSet<>(strings());
        }

        private Map<String, String> map() throws Damaged {
            int n = count();
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                out.put(string(), string());
            }
            return out;
        }
    }
}
