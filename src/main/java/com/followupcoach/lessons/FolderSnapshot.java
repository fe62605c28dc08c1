package com.followupcoach.lessons;

import com.followupcoach.files.BoundedFiles;
import com.followupcoach.files.CheckedBytes;
import com.followupcoach.files.CheckedBytes.Damaged;
import com.followupcoach.files.Problem;
import com.followupcoach.lessons.ModuleReader.ReadModule;
import com.followupcoach.lessons.RootReader.RootContent;
import com.followupcoach.lessons.SampleReader.ReadSample;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Medium;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * One lesson folder as read ({@link RootReader.RootContent}), kept as compact bytes and read
 * back without YAML or Markdown: in a fresh JVM that parsing, not the files' size, is what
 * reading the lessons costs (docs/decisions/0005-packaging.md, "Start-up: the lessons from a
 * snapshot").
 *
 * <p>A snapshot is used only when it is whole (the checksum that closes it), has this format,
 * and the folder still holds exactly what the reader would read: the same entries in the
 * folder and in {@code samples/} and the same bytes (length, CRC-32C and CRC-32 over all of
 * them) in {@code course.yaml}, every module folder's {@code lesson.md}, {@code quiz.yaml} and
 * {@code exercises.yaml} (or their absence) and every sample. Otherwise {@link #read} answers
 * empty and the folder is read, so an edited folder is never served from a stale snapshot.
 */
final class FolderSnapshot {

    static final int MAGIC = 0x46554c53; // "FULS"
    /** Raised whenever the layout below, or what a reader makes of the files, changes. */
    static final int FORMAT = 1;

    private static final Pattern MODULE_FOLDER = Pattern.compile("\\d+-.+");
    private static final List<String> MODULE_FILES = List.of("lesson.md", "quiz.yaml", "exercises.yaml");

    private FolderSnapshot() {
    }

    /** The snapshot of a folder as {@link RootReader} read it, keyed to the folder's files now. */
    static byte[] write(RootContent content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 17);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        Fingerprint print = Fingerprint.of(content.root().folder());
        out.writeLong(print.length());
        out.writeInt(print.crc32c());
        out.writeInt(print.crc32());
        new Writer(out).content(content);
        out.flush();
        byte[] body = bytes.toByteArray();
        out.writeInt(crc32c(body, body.length));
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * The folder's content as the snapshot holds it, with {@code root} as its origin; empty
     * when the snapshot is damaged, of another format, or the folder has changed since (or
     * cannot be read).
     */
    static Optional<RootContent> read(byte[] data, LessonRoot root) {
        try {
            if (data.length < 4 || crc32c(data, data.length - 4) != new Reader(data, data.length).intAt(data.length - 4)) {
                return Optional.empty();
            }
            Reader in = new Reader(data, data.length - 4);
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return Optional.empty();
            }
            Fingerprint kept = new Fingerprint(in.readLong(), in.readInt(), in.readInt());
            if (!kept.equals(Fingerprint.of(root.folder()))) {
                return Optional.empty();
            }
            RootContent content = in.content(root);
            return in.remaining() == 0 ? Optional.of(content) : Optional.empty();
        } catch (Damaged | IOException | RuntimeException e) {
            // Damaged in a way the checksum let through, a file gone or unreadable, a value no
            // longer valid (an enum constant renamed): whatever it is, the folder is read instead.
            return Optional.empty();
        }
    }

    /**
     * Everything {@link RootReader} reads from a folder, as one length and two checksums: each
     * entry's name, whether it is a folder, and the bytes of each file it would read.
     */
    record Fingerprint(long length, int crc32c, int crc32) {

        static Fingerprint of(Path folder) throws IOException {
            Digest digest = new Digest();
            digest.file("course.yaml", folder.resolve("course.yaml"));
            for (Path entry : entries(folder)) {
                String name = entry.getFileName().toString();
                boolean isFolder = Files.isDirectory(entry);
                digest.entry(name, isFolder);
                if (isFolder && MODULE_FOLDER.matcher(name).matches()) {
                    for (String file : MODULE_FILES) {
                        digest.file(name + "/" + file, entry.resolve(file));
                    }
                }
            }
            Path samples = folder.resolve("samples");
            if (Files.isDirectory(samples)) {
                for (Path entry : entries(samples)) {
                    String name = "samples/" + entry.getFileName();
                    digest.entry(name, Files.isDirectory(entry));
                    if (name.endsWith(".md")) {
                        digest.file(name, entry);
                    }
                }
            }
            return digest.done();
        }

        private static List<Path> entries(Path folder) throws IOException {
            try (Stream<Path> listing = Files.list(folder)) {
                // as RootReader lists a folder, one per name (see there)
                return listing.filter(p -> !p.getFileName().toString().startsWith("."))
                        .collect(Collectors.toMap(p -> p.getFileName().toString(), p -> p, (first, again) -> first, TreeMap::new))
                        .values().stream().toList();
            }
        }
    }

    private static final class Digest {
        private final CRC32C crc32c = new CRC32C();
        private final CRC32 crc32 = new CRC32();
        private long length;

        void entry(String name, boolean isFolder) {
            add(name.getBytes(StandardCharsets.UTF_8));
            add(new byte[] {0, (byte) (isFolder ? 'd' : 'e')});
        }

        void file(String name, Path file) throws IOException {
            add(name.getBytes(StandardCharsets.UTF_8));
            if (Files.exists(file) || Files.isSymbolicLink(file)) {
                byte[] bytes = BoundedFiles.read(file, (int) TextFiles.MAX_BYTES);
                add(new byte[] {0, 'f', (byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                    (byte) (bytes.length >>> 8), (byte) bytes.length});
                add(bytes);
            } else {
                add(new byte[] {0, '-'});
            }
        }

        private void add(byte[] bytes) {
            crc32c.update(bytes, 0, bytes.length);
            crc32.update(bytes, 0, bytes.length);
            length += bytes.length;
        }

        Fingerprint done() {
            return new Fingerprint(length, (int) crc32c.getValue(), (int) crc32.getValue());
        }
    }

    private static int crc32c(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    /** Writes a folder's content in the order {@link Reader} reads it. */
    private record Writer(DataOutputStream out) {

        void content(RootContent content) throws IOException {
            out.writeBoolean(content.course().isPresent());
            if (content.course().isPresent()) {
                Course course = content.course().get();
                strings(course.title(), course.subtitle(), course.source().title(), course.source().author(),
                        course.source().note());
            }
            out.writeInt(content.modules().size());
            for (ReadModule read : content.modules()) {
                module(read);
            }
            out.writeInt(content.samples().size());
            for (ReadSample read : content.samples()) {
                placed(read.id().file(), read.id().line());
                out.writeInt(read.moduleLine());
                sample(read.sample());
            }
            problems(content.problems());
            out.writeInt(content.skipped().size());
            for (Skipped skipped : content.skipped()) {
                strings(skipped.kind().name(), skipped.path());
                problems(skipped.reasons());
            }
        }

        private void module(ReadModule read) throws IOException {
            LessonModule module = read.module();
            strings(read.folder());
            placed(read.id().file(), read.id().line());
            strings(module.id(), module.title(), module.summary());
            out.writeInt(module.order());
            out.writeInt(module.minutes());
            enums(module.criteria());
            strings(module.takeaways());
            out.writeInt(module.sections().size());
            for (Section section : module.sections()) {
                strings(section.heading(), section.markdown(), section.notes());
            }
            out.writeInt(module.quiz().questions().size());
            for (Question question : module.quiz().questions()) {
                strings(question.id(), question.kind().name(), question.prompt());
                optionalString(question.scenario());
                out.writeInt(question.options().size());
                for (Option option : question.options()) {
                    strings(option.text());
                    out.writeBoolean(option.correct());
                    strings(option.explanation());
                }
            }
            // the module's exercises are the placed ones, in the same order (ModuleReader)
            out.writeInt(read.exercises().size());
            for (Placed<Exercise> placed : read.exercises()) {
                placed(placed.file(), placed.line());
                Exercise exercise = placed.value();
                strings(exercise.id(), exercise.title(), exercise.brief());
                enums(exercise.stresses());
                scenario(exercise.scenario());
            }
        }

        private void sample(SampleLetter sample) throws IOException {
            strings(sample.id(), sample.title(), sample.verdict().name(), sample.moduleId());
            scenario(sample.scenario());
            out.writeInt(sample.annotations().size());
            for (Annotation annotation : sample.annotations()) {
                strings(annotation.quote(), annotation.criterion().name(), annotation.note());
                out.writeInt(annotation.start());
                out.writeInt(annotation.end());
            }
            strings(sample.body());
        }

        private void scenario(Optional<ExerciseScenario> scenario) throws IOException {
            out.writeBoolean(scenario.isPresent());
            if (scenario.isPresent()) {
                ExerciseScenario s = scenario.get();
                strings(s.candidate(), s.company(), s.role(), s.interviewer(), s.interviewDate().toString(),
                        s.rejectionDate().toString());
                out.writeInt(s.daysSinceRejection());
                strings(s.medium().name());
                strings(s.changes());
                strings(s.background());
            }
        }

        private void problems(List<Problem> problems) throws IOException {
            out.writeInt(problems.size());
            for (Problem problem : problems) {
                placed(problem.file(), problem.line());
                strings(problem.message());
            }
        }

        private void placed(String file, int line) throws IOException {
            strings(file);
            out.writeInt(line);
        }

        private void enums(List<? extends Enum<?>> values) throws IOException {
            strings(values.stream().map(Enum::name).toList());
        }

        private void optionalString(Optional<String> value) throws IOException {
            out.writeBoolean(value.isPresent());
            if (value.isPresent()) {
                strings(value.get());
            }
        }

        private void strings(List<String> values) throws IOException {
            out.writeInt(values.size());
            for (String value : values) {
                strings(value);
            }
        }

        private void strings(String... values) throws IOException {
            for (String value : values) {
                byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
        }
    }

    /**
     * Reads what {@link Writer} wrote. Every count and length is checked against the bytes
     * left, so a damaged snapshot ends in {@link Damaged}, never in a huge allocation.
     */
    private static final class Reader extends CheckedBytes {

        Reader(byte[] data, int end) {
            super(data, end);
        }

        <E extends Enum<E>> List<E> enums(Class<E> type) throws Damaged {
            List<E> values = new ArrayList<>();
            for (String name : strings()) {
                values.add(Enum.valueOf(type, name));
            }
            return values;
        }

        RootContent content(LessonRoot root) throws Damaged {
            Optional<Course> course = readBoolean()
                    ? Optional.of(new Course(string(), string(), new SourceCredit(string(), string(), string())))
                    : Optional.empty();
            int moduleCount = count();
            List<ReadModule> modules = new ArrayList<>(moduleCount);
            for (int i = 0; i < moduleCount; i++) {
                modules.add(module(root));
            }
            int sampleCount = count();
            List<ReadSample> samples = new ArrayList<>(sampleCount);
            for (int i = 0; i < sampleCount; i++) {
                String file = string();
                int line = readInt();
                int moduleLine = readInt();
                samples.add(new ReadSample(new Placed<>(sample(), file, line), moduleLine));
            }
            // the merge adds its own problems and skips to these lists
            List<Problem> problems = problems();
            int skippedCount = count();
            List<Skipped> skipped = new ArrayList<>(skippedCount);
            for (int i = 0; i < skippedCount; i++) {
                skipped.add(new Skipped(Skipped.Kind.valueOf(string()), string(), problems()));
            }
            return new RootContent(root, course, modules, samples, problems, skipped);
        }

        private ReadModule module(LessonRoot root) throws Damaged {
            String folder = string();
            String file = string();
            int line = readInt();
            String id = string();
            String title = string();
            String summary = string();
            int order = readInt();
            int minutes = readInt();
            List<Criterion> criteria = enums(Criterion.class);
            List<String> takeaways = strings();
            int sectionCount = count();
            List<Section> sections = new ArrayList<>(sectionCount);
            for (int i = 0; i < sectionCount; i++) {
                sections.add(new Section(string(), string(), string()));
            }
            int questionCount = count();
            List<Question> questions = new ArrayList<>(questionCount);
            for (int i = 0; i < questionCount; i++) {
                String questionId = string();
                QuestionKind kind = QuestionKind.valueOf(string());
                String prompt = string();
                Optional<String> scenario = readBoolean() ? Optional.of(string()) : Optional.empty();
                int optionCount = count();
                List<Option> options = new ArrayList<>(optionCount);
                for (int j = 0; j < optionCount; j++) {
                    options.add(new Option(string(), readBoolean(), string()));
                }
                questions.add(new Question(questionId, kind, prompt, scenario, options));
            }
            int exerciseCount = count();
            List<Placed<Exercise>> exercises = new ArrayList<>(exerciseCount);
            for (int i = 0; i < exerciseCount; i++) {
                String exerciseFile = string();
                int exerciseLine = readInt();
                Exercise exercise = new Exercise(string(), string(), string(), enums(Criterion.class), scenario());
                exercises.add(new Placed<>(exercise, exerciseFile, exerciseLine));
            }
            LessonModule module = new LessonModule(id, title, order, summary, minutes, criteria, takeaways, sections,
                    questions.isEmpty() ? Quiz.EMPTY : new Quiz(questions), exercises.stream().map(Placed::value).toList(),
                    root);
            return new ReadModule(folder, new Placed<>(module, file, line), exercises);
        }

        private SampleLetter sample() throws Damaged {
            String id = string();
            String title = string();
            Verdict verdict = Verdict.valueOf(string());
            String moduleId = string();
            Optional<ExerciseScenario> scenario = scenario();
            int annotationCount = count();
            List<Annotation> annotations = new ArrayList<>(annotationCount);
            for (int i = 0; i < annotationCount; i++) {
                annotations.add(new Annotation(string(), Criterion.valueOf(string()), string(), readInt(), readInt()));
            }
            return new SampleLetter(id, title, verdict, moduleId, scenario, annotations, string());
        }

        private Optional<ExerciseScenario> scenario() throws Damaged {
            if (!readBoolean()) {
                return Optional.empty();
            }
            return Optional.of(new ExerciseScenario(string(), string(), string(), string(), LocalDate.parse(string()),
                    LocalDate.parse(string()), readInt(), Medium.valueOf(string()), strings(), string()));
        }

        private List<Problem> problems() throws Damaged {
            int n = count();
            List<Problem> problems = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                problems.add(new Problem(string(), readInt(), string()));
            }
            return problems;
        }
    }
}
