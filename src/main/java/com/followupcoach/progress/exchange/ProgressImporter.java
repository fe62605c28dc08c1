package com.followupcoach.progress.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Reads a JSON export into a new profile named after the exported one ("Ana (2)" if "Ana"
 * is taken). The whole file is checked before anything is written, and then written in
 * one transaction: a bad file changes nothing, and the message names the problem.
 */
public final class ProgressImporter {

    private final ProgressStore store;
    private final ObjectMapper json = new ObjectMapper();

    public ProgressImporter(ProgressStore store) {
        this.store = store;
    }

    public Profile importFile(Path file) throws IOException, InvalidExportException {
        return importJson(Files.readString(file, StandardCharsets.UTF_8));
    }

    public Profile importJson(String text) throws InvalidExportException {
        JsonFields root = new JsonFields(parse(text), "");
        checkFormat(root);
        String name = root.object("profile").text("name");
        List<LongConsumer> writes = new ArrayList<>();
        for (JsonFields lesson : root.objects("lessons")) {
            readLesson(lesson, writes);
        }
        for (JsonFields quiz : root.objects("quizzes")) {
            readQuiz(quiz, writes);
        }
        for (JsonFields attempt : root.objects("attempts")) {
            Attempt read = readAttempt(attempt);
            writes.add(profileId -> store.attempts().restore(profileId, read));
        }
        readOptionalParts(root, writes);

        List<Profile> created = new ArrayList<>();
        store.inOneTransaction(() -> {
            Profile profile = store.profiles().create(store.profiles().freeName(name));
            writes.forEach(write -> write.accept(profile.id()));
            created.add(profile);
        });
        return created.get(0);
    }

    private JsonNode parse(String text) throws InvalidExportException {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidExportException(at == null ? "not JSON"
                    : "not JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidExportException("not JSON (the file is empty)");
        }
        if (!root.isObject()) {
            throw new InvalidExportException("not a Follow-Up Coach progress export (no JSON object at the top)");
        }
        return root;
    }

    private static void checkFormat(JsonFields root) throws InvalidExportException {
        String format = root.optional("format").map(JsonNode::asText).orElse("");
        if (!ExportFormat.JSON_TAG.equals(format)) {
            throw new InvalidExportException("not a Follow-Up Coach progress export (format is \"" + format
                    + "\", expected \"" + ExportFormat.JSON_TAG + "\")");
        }
        int version = root.integer("version");
        if (version != ExportFormat.JSON_VERSION) {
            throw new InvalidExportException("export version " + version + " is not supported (this app reads version "
                    + ExportFormat.JSON_VERSION + ")");
        }
    }

    private void readLesson(JsonFields lesson, List<LongConsumer> writes)
            throws InvalidExportException {
        String module = lesson.text("module");
        Instant started = lesson.time("startedAt");
        Optional<Instant> completed = lesson.optionalTime("completedAt");
        List<String> sections = lesson.texts("sectionsSeen");
        writes.add(profileId -> {
            store.lessons().restoreModule(profileId, module, started, completed);
            sections.forEach(section -> store.lessons().restoreSection(profileId, module, section, started));
        });
    }

    private void readQuiz(JsonFields quiz, List<LongConsumer> writes)
            throws InvalidExportException {
        String module = quiz.text("module");
        Instant at = quiz.time("createdAt");
        List<QuizAnswer> answers = new ArrayList<>();
        for (JsonFields answer : quiz.objects("answers")) {
            answers.add(new QuizAnswer(answer.text("question"), answer.integers("chosen"), answer.bool("correct")));
        }
        writes.add(profileId -> store.quizzes().restore(profileId, module, answers, at));
    }

    private static Attempt readAttempt(JsonFields attempt) throws InvalidExportException {
        List<CriterionOutcome> criteria = new ArrayList<>();
        for (JsonFields criterion : attempt.objects("criteria")) {
            criteria.add(new CriterionOutcome(criterion(criterion, "id"), status(criterion),
                    criterion.integer("points"), criterion.integer("max")));
        }
        return new Attempt(0, attempt.text("exercise"), attempt.text("text"), attempt.integer("score"),
                attempt.integer("words"), attempt.integer("findings"), attempt.time("createdAt"), criteria);
    }

    /** Drafts, dismissed flags, ready marks and settings: absent in a minimal export. */
    private void readOptionalParts(JsonFields root, List<LongConsumer> writes)
            throws InvalidExportException {
        for (JsonFields draft : root.optionalObjects("drafts")) {
            Optional<String> scenario = draft.optional("scenario").map(n -> n.isTextual() ? n.asText() : n.toString());
            Draft read = new Draft(0, draft.text("exercise"), draft.text("text"), scenario, draft.time("updatedAt"));
            writes.add(profileId -> store.drafts().restore(profileId, read));
        }
        for (JsonFields flag : root.optionalObjects("dismissedFlags")) {
            DismissedFlag read = new DismissedFlag(0, flag.text("exercise"), criterion(flag, "criterion"),
                    flag.text("text"), flag.text("message"), flag.time("createdAt"));
            writes.add(profileId -> store.dismissedFlags().restore(profileId, read));
        }
        for (JsonFields mark : root.optionalObjects("readyMarks")) {
            ReadyMark read = new ReadyMark(mark.text("exercise"), mark.time("markedAt"), mark.text("text"));
            writes.add(profileId -> store.readyMarks().restore(profileId, read));
        }
        Optional<JsonNode> settings = root.optional("settings");
        if (settings.isPresent()) {
            JsonFields fields = root.object("settings");
            for (String key : iterable(settings.get())) {
                String value = fields.text(key);
                writes.add(profileId -> store.settings().setProfile(profileId, key, value));
            }
        }
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
