package com.followupcoach.progress.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupcoach.progress.Attempt;
import com.followupcoach.progress.CriterionOutcome;
import com.followupcoach.progress.DismissedFlag;
import com.followupcoach.progress.Draft;
import com.followupcoach.progress.LessonProgress;
import com.followupcoach.progress.PrivateFiles;
import com.followupcoach.progress.Profile;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.QuizAnswer;
import com.followupcoach.progress.QuizAttempt;
import com.followupcoach.progress.ReadyMark;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes one profile's progress as JSON (everything, versioned, re-importable) or CSV (one
 * row per attempt, for a spreadsheet). The formats are documented in docs/progress.md.
 * Built on Jackson's tree model: field names are spelled out here, so the format cannot
 * drift when a record changes.
 */
public final class ProgressExporter {

    private final ProgressStore store;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public ProgressExporter(ProgressStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Writes the file in the format its extension names. */
    public void export(Profile profile, Path file) throws IOException {
        ExportFormat format = ExportFormat.of(file)
                .orElseThrow(() -> new IllegalArgumentException("an export file must end in .json or .csv: " + file));
        // The letters are personal: a new export file is the user's alone (0600).
        if (!Files.exists(file)) {
            Files.createFile(file, PrivateFiles.newFile(file));
        }
        PrivateFiles.restrict(file);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (format == ExportFormat.JSON) {
                writeJson(profile, out);
            } else {
                new AttemptsCsv(out).write(profile, store.attempts().all(profile.id()));
            }
        }
    }

    public void writeJson(Profile profile, Writer out) throws IOException {
        json.writerWithDefaultPrettyPrinter().writeValue(out, document(profile));
    }

    ObjectNode document(Profile profile) {
        long id = profile.id();
        ObjectNode root = json.createObjectNode();
        root.put("format", ExportFormat.JSON_TAG);
        root.put("version", ExportFormat.JSON_VERSION);
        root.put("exportedAt", clock.instant().toString());
        root.putObject("profile").put("name", profile.name()).put("createdAt", profile.createdAt().toString());
        ArrayNode lessons = root.putArray("lessons");
        store.lessons().all(id).forEach(lesson -> lessons.add(lesson(lesson)));
        ArrayNode quizzes = root.putArray("quizzes");
        store.quizzes().list(id).forEach(quiz -> quizzes.add(quiz(quiz)));
        ArrayNode attempts = root.putArray("attempts");
        store.attempts().all(id).forEach(attempt -> attempts.add(attempt(attempt)));
        ArrayNode drafts = root.putArray("drafts");
        store.drafts().list(id).forEach(draft -> drafts.add(draft(draft)));
        ArrayNode flags = root.putArray("dismissedFlags");
        store.dismissedFlags().list(id).forEach(flag -> flags.add(flag(flag)));
        ArrayNode marks = root.putArray("readyMarks");
        store.readyMarks().list(id).forEach(mark -> marks.add(mark(mark)));
        ObjectNode settings = root.putObject("settings");
        store.settings().allOfProfile(id).forEach(settings::put);
        return root;
    }

    private ObjectNode lesson(LessonProgress lesson) {
        ObjectNode node = json.createObjectNode();
        node.put("module", lesson.moduleId());
        node.put("status", lesson.status().name().toLowerCase(Locale.ROOT));
        lesson.sectionsSeen().forEach(node.putArray("sectionsSeen")::add);
        putTime(node, "startedAt", lesson.startedAt());
        putTime(node, "completedAt", lesson.completedAt());
        return node;
    }

    private ObjectNode quiz(QuizAttempt quiz) {
        ObjectNode node = json.createObjectNode();
        node.put("module", quiz.moduleId());
        node.put("createdAt", quiz.createdAt().toString());
        node.put("correct", quiz.correctCount());
        node.put("total", quiz.answers().size());
        ArrayNode answers = node.putArray("answers");
        for (QuizAnswer answer : quiz.answers()) {
            ObjectNode a = answers.addObject();
            a.put("question", answer.questionId());
            answer.chosen().forEach(a.putArray("chosen")::add);
            a.put("correct", answer.correct());
        }
        return node;
    }

    private ObjectNode attempt(Attempt attempt) {
        ObjectNode node = json.createObjectNode();
        node.put("exercise", attempt.exerciseId());
        node.put("createdAt", attempt.createdAt().toString());
        node.put("score", attempt.score());
        node.put("words", attempt.words());
        node.put("findings", attempt.findingsCount());
        node.put("text", attempt.text());
        ArrayNode criteria = node.putArray("criteria");
        for (CriterionOutcome outcome : attempt.criteria()) {
            criteria.addObject().put("id", outcome.criterion().id()).put("status", outcome.status().id())
                    .put("points", outcome.points()).put("max", outcome.max());
        }
        return node;
    }

    private ObjectNode draft(Draft draft) {
        ObjectNode node = json.createObjectNode();
        node.put("exercise", draft.exerciseId());
        node.put("text", draft.text());
        node.set("scenario", draft.scenarioJson().map(this::scenario).orElse(null));
        node.put("updatedAt", draft.updatedAt().toString());
        return node;
    }

    /** The scenario as a JSON object when it is one; kept as text otherwise, never lost. */
    private JsonNode scenario(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException notJson) {
            return json.getNodeFactory().textNode(text);
        }
    }

    private ObjectNode flag(DismissedFlag flag) {
        return json.createObjectNode().put("exercise", flag.exerciseId()).put("criterion", flag.criterion().id())
                .put("text", flag.flaggedText()).put("message", flag.message())
                .put("createdAt", flag.createdAt().toString());
    }

    private ObjectNode mark(ReadyMark mark) {
        return json.createObjectNode().put("exercise", mark.exerciseId()).put("markedAt", mark.markedAt().toString())
                .put("text", mark.text());
    }

    private static void putTime(ObjectNode node, String field, Optional<Instant> time) {
        if (time.isPresent()) {
            node.put(field, time.get().toString());
        } else {
            node.putNull(field);
        }
    }
}
