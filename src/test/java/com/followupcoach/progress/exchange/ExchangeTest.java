package com.followupcoach.progress.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupcoach.progress.Attempt;
import com.followupcoach.progress.Draft;
import com.followupcoach.progress.Profile;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import com.followupcoach.progress.QuizAnswer;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Readability;
import com.followupcoach.vocabulary.Severity;
import com.followupcoach.vocabulary.Status;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private ProgressStore store;
    private Profile ana;

    @BeforeEach
    void fill() {
        store = new ProgressStoreOpener(CLOCK).openForApp(dir).store();
        ana = store.profiles().create("Ana");
        store.lessons().markSectionSeen(ana.id(), "timing", "intro");
        store.lessons().markCompleted(ana.id(), "timing");
        store.quizzes().record(ana.id(), "timing", List.of(new QuizAnswer("q1", List.of(0, 2), true),
                new QuizAnswer("q2", List.of(1), false)));
        store.attempts().record(ana.id(), "ex-1", "Dear Ms Chen,\nthank you, \"truly\".", critique());
        store.drafts().save(ana.id(), "own-letter", "Dear Ms Chen", Optional.of("{\"company\":\"Acme\"}"));
        store.dismissedFlags().dismiss(ana.id(), "ex-1", Criterion.TONE, "frankly", "sounds defensive");
        store.readyMarks().markReady(ana.id(), "own-letter", "Dear Ms Chen");
        store.settings().setProfile(ana.id(), "sound", "off");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theJsonExportHasTheDocumentedShape() throws Exception {
        JsonNode root = new ObjectMapper().readTree(json());
        assertThat(root.get("format").asText()).isEqualTo("followup-coach-progress");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("exportedAt").asText()).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(root.at("/profile/name").asText()).isEqualTo("Ana");
        assertThat(root.at("/lessons/0/status").asText()).isEqualTo("done");
        assertThat(root.at("/quizzes/0/answers/0/chosen").toString()).isEqualTo("[0,2]");
        assertThat(root.at("/attempts/0/criteria/0").toString())
                .isEqualTo("{\"id\":\"gratitude\",\"status\":\"met\",\"points\":10,\"max\":10}");
        assertThat(root.at("/drafts/0/scenario/company").asText()).isEqualTo("Acme");
        assertThat(root.at("/settings/sound").asText()).isEqualTo("off");
    }

    @Test
    void importingAnExportRecreatesTheProgressUnderAFreeName() throws Exception {
        Profile copy = new ProgressImporter(store).importJson(json());

        assertThat(copy.name()).isEqualTo("Ana (2)");
        assertThat(store.lessons().all(copy.id())).isEqualTo(store.lessons().all(ana.id()));
        assertThat(withoutIds(store.attempts().all(copy.id()))).isEqualTo(withoutIds(store.attempts().all(ana.id())));
        assertThat(store.quizzes().list(copy.id())).extracting(q -> q.answers(), q -> q.createdAt())
                .isEqualTo(store.quizzes().list(ana.id()).stream().map(q -> tuple(
                        q.answers(), q.createdAt())).toList());
        Draft draft = store.drafts().find(copy.id(), "own-letter").orElseThrow();
        assertThat(draft.text()).isEqualTo("Dear Ms Chen");
        assertThat(draft.scenarioJson()).contains("{\"company\":\"Acme\"}");
        assertThat(store.dismissedFlags().isDismissed(copy.id(), "ex-1", Criterion.TONE, "frankly")).isTrue();
        assertThat(store.readyMarks().find(copy.id(), "own-letter")).isEqualTo(store.readyMarks().find(ana.id(), "own-letter"));
        assertThat(store.settings().profile(copy.id(), "sound")).contains("off");

        assertThat(new ProgressImporter(store).importJson(json()).name()).isEqualTo("Ana (3)");
    }

    @Test
    void theCsvHasOneRowPerAttemptAndAColumnPerCriterion() throws Exception {
        Path file = dir.resolve("ana.csv");
        new ProgressExporter(store, CLOCK).export(ana, file);

        String[] lines = Files.readString(file).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("profile,exercise_id,created_at,score,words,findings,gratitude,acknowledgement,"
                + "continued_interest,alternate_positions,new_qualifications,feedback_request,contact_details,tone,"
                + "realistic_expectations,timing,concise,structure,personalization,mechanics");
        assertThat(lines[1]).isEqualTo("Ana,ex-1,2026-03-02T09:00:00Z,55,120,1,met,met,met,met,met,missing,met,partial,"
                + "met,not_assessed,met,met,met,met");
    }

    @Test
    void csvCellsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(AttemptsCsv.escape("plain")).isEqualTo("plain");
        assertThat(AttemptsCsv.escape("a,b")).isEqualTo("\"a,b\"");
        assertThat(AttemptsCsv.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AttemptsCsv.escape("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON            | {\"format\": | not JSON (line 1, column 11)",
        "empty               | ''           | not JSON (the file is empty)",
        "not an object       | [1, 2]       | not a Follow-Up Coach progress export (no JSON object at the top)",
        "wrong tag           | {\"format\":\"something-else\",\"version\":1} | not a Follow-Up Coach progress export (format is \"something-else\", expected \"followup-coach-progress\")",
        "unsupported version | {\"format\":\"followup-coach-progress\",\"version\":2} | export version 2 is not supported (this app reads version 1)",
        "missing profile     | {\"format\":\"followup-coach-progress\",\"version\":1} | missing field \"profile\"",
        "missing lessons     | {\"format\":\"followup-coach-progress\",\"version\":1,\"profile\":{\"name\":\"Ana\"}} | missing field \"lessons\"",
    })
    void aMalformedFileIsRefusedWithOneMessageAndNothingWritten(String what, String text, String message) {
        int profilesBefore = store.profiles().list().size();
        assertThatThrownBy(() -> new ProgressImporter(store).importJson(text))
                .isInstanceOf(InvalidExportException.class).hasMessage(message);
        assertThat(store.profiles().list()).hasSize(profilesBefore);
    }

    @Test
    void aMissingOrWrongFieldDeepInsideIsNamedByItsPath() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode noScore = mapper.readTree(json());
        ((ObjectNode) noScore.at("/attempts/0")).remove("score");
        assertThatThrownBy(() -> new ProgressImporter(store).importJson(noScore.toString()))
                .hasMessage("missing field \"attempts[0].score\"");

        JsonNode badCriterion = mapper.readTree(json());
        ((ObjectNode) badCriterion.at("/attempts/0/criteria/3")).put("id", "charm");
        assertThatThrownBy(() -> new ProgressImporter(store).importJson(badCriterion.toString()))
                .hasMessage("field \"attempts[0].criteria[3].id\" names an unknown criterion \"charm\"");

        JsonNode badTime = mapper.readTree(json());
        ((ObjectNode) badTime.at("/quizzes/0")).put("createdAt", "yesterday");
        assertThatThrownBy(() -> new ProgressImporter(store).importJson(badTime.toString()))
                .hasMessage("field \"quizzes[0].createdAt\" is not a time like 2026-03-02T09:00:00Z");
        assertThat(store.profiles().list()).extracting(Profile::name).containsExactly("Ana", "Me");
    }

    @ParameterizedTest
    @CsvSource({"out.json,JSON", "OUT.CSV,CSV", "out.txt,", ".json,", "json,"})
    void theFormatComesFromTheExtension(String name, ExportFormat expected) {
        assertThat(ExportFormat.of(Path.of(name))).isEqualTo(Optional.ofNullable(expected));
    }

    private String json() throws Exception {
        StringWriter out = new StringWriter();
        new ProgressExporter(store, CLOCK).writeJson(ana, out);
        return out.toString();
    }

    private static List<Attempt> withoutIds(List<Attempt> attempts) {
        List<Attempt> result = new ArrayList<>();
        for (Attempt a : attempts) {
            result.add(new Attempt(0, a.exerciseId(), a.text(), a.score(), a.words(), a.findingsCount(), a.createdAt(),
                    a.criteria()));
        }
        return result;
    }

    private static Critique critique() {
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            Status status = criterion == Criterion.FEEDBACK_REQUEST ? Status.MISSING
                    : criterion == Criterion.TONE ? Status.PARTIAL
                    : criterion == Criterion.TIMING ? Status.NOT_ASSESSED : Status.MET;
            results.add(new CriterionResult(criterion, status, status == Status.MET ? 10 : 0, 10, "", "lesson"));
        }
        return new Critique(55, 120, results,
                List.of(new Finding(0, 4, Criterion.TONE, Severity.WARNING, "m", Optional.empty())),
                new Readability(60, 8));
    }
}
