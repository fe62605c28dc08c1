package com.followupcoach.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a critique as one line of JSON, the {@code score --json} contract (DESIGN.md):
 * fields in a fixed order, ids in lower case, {@code suggestion} null where there is none.
 */
public final class CritiqueJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private CritiqueJson() {
    }

    public static String toJson(String file, Critique critique) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("file", file);
            json.writeNumberField("score", critique.score());
            json.writeNumberField("words", critique.words());
            json.writeArrayFieldStart("criteria");
            for (CriterionResult r : critique.criteria()) {
                json.writeStartObject();
                json.writeStringField("id", r.criterion().id());
                json.writeStringField("status", r.status().id());
                json.writeNumberField("points", r.points());
                json.writeNumberField("max", r.max());
                json.writeStringField("message", r.message());
                json.writeStringField("lesson", r.lessonId());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (Finding f : critique.findings()) {
                json.writeStartObject();
                json.writeNumberField("start", f.start());
                json.writeNumberField("end", f.end());
                json.writeStringField("criterion", f.criterion().id());
                json.writeStringField("severity", f.severity().id());
                json.writeStringField("message", f.message());
                json.writeFieldName("suggestion");
                if (f.suggestion().isPresent()) {
                    json.writeString(f.suggestion().get());
                } else {
                    json.writeNull();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("readability");
            json.writeNumberField("fleschReadingEase", critique.readability().fleschReadingEase());
            json.writeNumberField("fleschKincaidGrade", critique.readability().fleschKincaidGrade());
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
