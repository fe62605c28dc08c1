package com.followupcoach.progress.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupcoach.progress.Attempt;
import com.followupcoach.progress.CriterionOutcome;
import com.followupcoach.progress.DismissedFlag;
import com.followupcoach.progress.Draft;
import com.followupcoach.progress.Profile;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.QuizAnswer;
import com.followupcoach.progress.ReadyMark;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Status;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a JSON export into a new profile named after the exported one ("Ana (2)" if "Ana"
 * is taken). The whole file is checked before anything is written, and then written in
 * one transaction: a bad file changes nothing, and the message names the problem.
 */
public final class ProgressImporter {

    /** The parts of an export that are lists of records, streamed one record at a time. */
    private static final Set<String> REQUIRED_LISTS = Set.of("lessons", "quizzes", "attempts");
    private static final Set<String> OPTIONAL_LISTS = Set.of("drafts", "dismissedFlags", "readyMarks");

    private final ProgressStore store;
    private final ObjectMapper json = new ObjectMapper();

    public ProgressImporter(ProgressStore store) {
        this.store = store;
    }

    /**
     * Streams the file: one record is in memory at a time, so a 100 MB export costs what one
     * attempt costs. Everything is written in one transaction that an error rolls back.
     */
    public Profile importFile(Path file) throws IOException, InvalidExportException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new InvalidExportException(Files.isDirectory(file) ? "is a directory"
                    : "is not a regular file (a device or a pipe?)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return importStream(in);
        }
    }

    public Profile importJson(String text) throws InvalidExportException {
        try {
            return importStream(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new InvalidExportException("not JSON (" + e.getMessage() + ")");
        }
    }

    private Profile importStream(InputStream in) throws IOException, InvalidExportException {
        try (JsonParser parser = json.getFactory().createParser(in)) {
            Importing importing = new Importing(parser);
            store.inOneTransaction(importing::runUnchecked);
            return importing.profile;
        } catch (Failed failed) {
            throw failed.cause;
        } catch (CharConversionException | JsonParseException e) {
            throw notJson(e);
        }
    }

    private static InvalidExportException notJson(IOException e) {
        if (e instanceof CharConversionException || String.valueOf(e.getMessage()).contains("Invalid UTF-8")) {
            return new InvalidExportException("not UTF-8 text (is it a binary file?)");
        }
        JsonLocation at = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getLocation() : null;
        return new InvalidExportException(at == null ? "not JSON"
                : "not JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }

    /** Carries a checked failure out of the transaction's Runnable, which rolls back. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient InvalidExportException cause;

        Failed(InvalidExportException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }
    }

    /** One import: reads the top-level fields in order, writing each record once it is checked. */
    private final class Importing {
        private final JsonParser parser;
        private final Set<String> seen = new HashSet<>();
        private final Set<String> records = new HashSet<>();
        private Profile profile;
        private String wantedName;

        Importing(JsonParser parser) {
            this.parser = parser;
        }

        void runUnchecked() {
            try {
                run();
            } catch (InvalidExportException e) {
                throw new Failed(e);
            } catch (IOException e) {
                throw new Failed(notJson(e));
            }
        }

        private void run() throws IOException, InvalidExportException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidExportException("not JSON (the file is empty)");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new InvalidExportException("not a Follow-Up Coach progress export (no JSON object at the top)");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!seen.add(field)) {
                    throw new InvalidExportException("field \"" + field + "\" appears twice");
                }
                if (REQUIRED_LISTS.contains(field) || OPTIONAL_LISTS.contains(field)) {
                    streamList(field);
                } else {
                    topLevel(field, parser.readValueAsTree());
                }
            }
            for (String required : List.of("format", "version", "profile", "lessons", "quizzes", "attempts")) {
                if (!seen.contains(required)) {
                    throw new InvalidExportException("missing field \"" + required + "\"");
                }
            }
            // The profile was made under a placeholder so that records could stream in:
            // it takes its real name (or "Ana (2)") only now that the whole file is valid.
            store.profiles().rename(profile.id(), store.profiles().freeName(wantedName));
            profile = store.profiles().find(profile.id()).orElseThrow();
        }

        private void topLevel(String field, JsonNode value) throws InvalidExportException {
            ObjectNode holder = json.createObjectNode();
            holder.set(field, value);
            JsonFields root = new JsonFields(holder, "");
            switch (field) {
                case "format" -> {
                    String format = value.isTextual() ? value.asText() : "";
                    if (!ExportFormat.JSON_TAG.equals(format)) {
                        throw new InvalidExportException("not a Follow-Up Coach progress export (format is \"" + format
                                + "\", expected \"" + ExportFormat.JSON_TAG + "\")");
                    }
                }
                case "version" -> {
                    int version = root.integer("version");
                    if (version != ExportFormat.JSON_VERSION) {
                        throw new InvalidExportException("export version " + version
                                + " is not supported (this app reads version " + ExportFormat.JSON_VERSION + ")");
                    }
                }
                case "profile" -> {
                    wantedName = ImportChecks.profileName(root.object("profile"));
                    profile();
                }
                case "settings" -> {
                    JsonFields settings = root.object("settings");
                    for (String key : iterable(value)) {
                        String text = settings.text(key);
                        store.settings().setProfile(profile().id(), key, text);
                    }
                }
                default -> {
                    // exportedAt and fields a later version may add: for readers only.
                }
            }
        }

        private Profile profile() throws InvalidExportException {
            if (!seen.contains("format") || !seen.contains("version")) {
                throw new InvalidExportException("not a Follow-Up Coach progress export (\"format\" and \"version\""
                        + " must come first)");
            }
            if (profile == null) {
                profile = store.profiles().create(store.profiles().freeName("import " + System.nanoTime()));
            }
            return profile;
        }

        private void streamList(String field) throws IOException, InvalidExportException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new InvalidExportException("field \"" + field + "\" must be a list");
            }
            long id = profile().id();
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                String path = field + "[" + i + "]";
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new InvalidExportException("field \"" + path + "\" must be an object");
                }
                JsonNode element = parser.readValueAsTree();
                write(field, new JsonFields(element, path), id);
            }
        }

        private void write(String list, JsonFields record, long id) throws InvalidExportException {
            switch (list) {
                case "lessons" -> {
                    ImportChecks.unique(records, "lesson " + record.text("module"), record, "repeats module \""
                            + record.text("module") + "\"");
                    readLesson(record, id);
                }
                case "quizzes" -> readQuiz(record, id);
                case "attempts" -> {
                    Attempt attempt = readAttempt(record);
                    ImportChecks.unique(records, "attempt " + attempt.exerciseId() + " " + attempt.createdAt() + " "
                            + ImportChecks.digest(attempt.text()), record, "repeats an earlier attempt");
                    store.attempts().restore(id, attempt);
                }
                case "drafts" -> {
                    Optional<String> scenario = record.optional("scenario").map(n -> n.isTextual() ? n.asText() : n.toString());
                    Draft draft = new Draft(0, record.text("exercise"), record.text("text"), scenario, record.time("updatedAt"));
                    ImportChecks.unique(records, "draft " + draft.exerciseId(), record, "repeats the draft of \""
                            + draft.exerciseId() + "\"");
                    store.drafts().restore(id, draft);
                }
                case "dismissedFlags" -> store.dismissedFlags().restore(id, new DismissedFlag(0, record.text("exercise"),
                        criterion(record, "criterion"), record.text("text"), record.text("message"),
                        record.time("createdAt")));
                case "readyMarks" -> store.readyMarks().restore(id, new ReadyMark(record.text("exercise"),
                        record.time("markedAt"), record.text("text")));
                default -> throw new IllegalStateException(list);
            }
        }
    }

    private void readLesson(JsonFields lesson, long profileId) throws InvalidExportException {
        String module = lesson.text("module");
        Instant started = lesson.time("startedAt");
        Optional<Instant> completed = lesson.optionalTime("completedAt");
        List<String> sections = lesson.texts("sectionsSeen");
        store.lessons().restoreModule(profileId, module, started, completed);
        sections.forEach(section -> store.lessons().restoreSection(profileId, module, section, started));
    }

    private void readQuiz(JsonFields quiz, long profileId) throws InvalidExportException {
        String module = quiz.text("module");
        Instant at = quiz.time("createdAt");
        List<QuizAnswer> answers = new ArrayList<>();
        for (JsonFields answer : quiz.objects("answers")) {
            List<Integer> chosen = answer.integers("chosen");
            if (chosen.stream().anyMatch(c -> c < 0)) {
                throw answer.invalid("chosen", "holds a negative option number");
            }
            answers.add(new QuizAnswer(answer.text("question"), chosen, answer.bool("correct")));
        }
        store.quizzes().restore(profileId, module, answers, at);
    }

    private static Attempt readAttempt(JsonFields attempt) throws InvalidExportException {
        List<CriterionOutcome> criteria = new ArrayList<>();
        Set<Criterion> seen = new HashSet<>();
        for (JsonFields criterion : attempt.objects("criteria")) {
            Criterion id = criterion(criterion, "id");
            if (!seen.add(id)) {
                throw criterion.invalid("id", "repeats criterion \"" + id.id() + "\"");
            }
            int max = ImportChecks.range(criterion, "max", 0, 100);
            criteria.add(new CriterionOutcome(id, status(criterion), ImportChecks.range(criterion, "points", 0, max), max));
        }
        return new Attempt(0, attempt.text("exercise"), attempt.text("text"), ImportChecks.range(attempt, "score", 0, 100),
                ImportChecks.range(attempt, "words", 0, Integer.MAX_VALUE),
                ImportChecks.range(attempt, "findings", 0, Integer.MAX_VALUE), attempt.time("createdAt"), criteria);
    }

    private static Iterable<String> iterable(JsonNode object) {
        return object::fieldNames;
    }

    private static Criterion criterion(JsonFields fields, String field) throws InvalidExportException {
        String id = fields.text(field);
        return Criterion.byId(id).orElseThrow(() -> fields.invalid(field, "names an unknown criterion \"" + id + "\""));
    }

    private static Status status(JsonFields fields) throws InvalidExportException {
        String id = fields.text("status");
        return Arrays.stream(Status.values()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> fields.invalid("status", "names an unknown status \"" + id + "\""));
    }
}
