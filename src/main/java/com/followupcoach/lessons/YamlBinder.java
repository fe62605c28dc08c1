package com.followupcoach.lessons;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.followupcoach.files.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Binds one YAML document to its shape in {@code lessons.yaml}, turning every Jackson
 * failure into a {@link Problem} with the file's line. Unknown fields are collected rather
 * than thrown, so a file with three typos gets three problems in one run.
 */
final class YamlBinder {

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = configured(new ObjectMapper(FACTORY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT));

    /** `correct: 5` is a mistake, not "true": numbers never become booleans. */
    private static ObjectMapper configured(ObjectMapper mapper) {
        mapper.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Boolean)
                .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
                        com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
        return mapper;
    }

    private YamlBinder() {
    }

    /** A bound document and the reporter that places later problems at its lines. */
    record Bound<T>(T value, Reporter reporter) {
    }

    /**
     * @param lineOffset added to YAML line numbers (front matter starts on the file's line 2)
     * @return empty when the document could not be bound at all; problems found (including
     *         unknown fields, which do not stop binding) are added to {@code problems}
     */
    static <T> Optional<Bound<T>> bind(String yaml, Class<T> shape, String file, int lineOffset,
            List<Problem> problems) {
        List<UnknownField> unknownFields = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            if (parser.nextToken() == null) {
                problems.add(new Problem(file, lineOffset, (lineOffset > 0 ? "the front matter" : "the file") + " is empty"));
                return Optional.empty();
            }
            T value = MAPPER.readerFor(shape).withHandler(new UnknownFieldCollector(unknownFields)).readValue(parser);
            Reporter reporter = new Reporter(file, LineIndex.of(FACTORY, yaml), lineOffset, problems);
            unknownFields.forEach(field -> reporter.at(field.pointer(), field.message()));
            if (value == null) {
                problems.add(new Problem(file, lineOffset + 1, "expected `name: value` fields, found nothing"));
                return Optional.empty();
            }
            // unknown fields are reported, but the rest is still checked so that one run shows all
            return Optional.of(new Bound<>(value, reporter));
        } catch (JsonProcessingException e) {
            problems.add(new Problem(file, line(e) + (line(e) > 0 ? lineOffset : 0), BindingErrors.describe(e)));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new Problem(file, 0, "cannot read the YAML (" + TextFiles.describe(e) + ")"));
            return Optional.empty();
        }
    }

    private static int line(JsonProcessingException e) {
        return BindingErrors.syntaxErrorLine(e)
                .orElse(e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr()));
    }

    private record UnknownField(String pointer, String message) {
    }

    /** Records each unknown field and skips its value, so binding goes on to find the next. */
    private static final class UnknownFieldCollector extends DeserializationProblemHandler {

        private final List<UnknownField> found;

        UnknownFieldCollector(List<UnknownField> found) {
            this.found = found;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                JsonDeserializer<?> deserializer, Object beanOrClass, String name) throws IOException {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            TreeSet<String> known = new TreeSet<>();
            deserializer.getKnownPropertyNames().forEach(n -> known.add(n.toString()));
            String hint = known.stream().filter(k -> Typos.close(k, name)).findFirst()
                    .map(k -> "; did you mean `" + k + "`?")
                    .orElse(" (expected one of: " + String.join(", ", known) + ")");
            found.add(new UnknownField(pointer, "unknown field `" + name + "`" + hint));
            parser.skipChildren();
            return true;
        }
    }
}
