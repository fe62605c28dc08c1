package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import com.followupcoach.files.yaml.YamlNode;
import com.followupcoach.vocabulary.Criterion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a sample letter ({@code samples/ID.md}): front matter, then the letter. Whether its
 * module exists is checked once the whole library is known.
 */
final class SampleReader {

    private SampleReader() {
    }

    /**
     * A sample letter read from its file.
     *
     * @param moduleLine where its module id is written
     */
    record ReadSample(Placed<SampleLetter> id, int moduleLine) {

        SampleLetter sample() {
            return id.value();
        }
    }

    /** Empty when the sample has problems (then added to {@code problems}). */
    static Optional<ReadSample> read(Path path, String file, List<Problem> problems) {
        List<Problem> found = new ArrayList<>();
        Optional<ReadSample> sample = TextFiles.read(path, file, found)
                .flatMap(text -> FrontMatter.split(text, file, found))
                .flatMap(parts -> LessonYaml.root(parts.yaml(), file, FrontMatter.YAML_LINE_OFFSET, "the sample",
                                LessonYaml.SAMPLE, found)
                        .map(root -> sample(root, parts, file, found)));
        problems.addAll(found);
        return found.isEmpty() ? sample : Optional.empty();
    }

    private static ReadSample sample(Scope sample, FrontMatter parts, String file,
            List<Problem> problems) {
        // the letter starts after any blank lines below the front matter
        String body = parts.body().replaceFirst("^\\s*\\n", "").stripTrailing();
        if (body.isBlank()) {
            problems.add(new Problem(file, parts.bodyFirstLine() - 1, "the sample has no letter after the front matter"));
        }
        SampleLetter letter = new SampleLetter(
                sample.id("id"),
                sample.text("title"),
                sample.choice("verdict", Verdict.class),
                sample.text("module"),
                ScenarioReader.read(sample),
                annotations(sample, body),
                body);
        return new ReadSample(new Placed<>(letter, file, sample.line("id")), sample.line("module"));
    }

    private static List<Annotation> annotations(Scope sample, String body) {
        List<Annotation> annotations = new ArrayList<>();
        List<YamlNode> entries = sample.list("annotations").orElse(List.of());
        for (int i = 0; i < entries.size(); i++) {
            Optional<Scope> item = Scope.item(entries.get(i), "annotation " + (i + 1), LessonYaml.ANNOTATION,
                    sample.problems());
            if (item.isEmpty()) {
                continue;
            }
            Scope scope = item.get();
            String quote = scope.text("quote");
            String criterionId = scope.text("criterion");
            Optional<Criterion> criterion = Criterion.byId(criterionId);
            if (criterion.isEmpty() && !criterionId.isEmpty()) {
                scope.problem("criterion", Scope.unknownCriterion(criterionId));
            }
            String note = scope.text("note");
            List<Quotes.Span> found = quote.isEmpty() ? List.of() : Quotes.find(quote, body);
            if (found.isEmpty() && !quote.isEmpty()) {
                scope.problem("quote", "annotation " + (i + 1) + ": the quote is not in the letter: \""
                        + Quotes.shorten(quote) + "\"");
            } else if (found.size() > 1) {
                scope.problem("quote", "annotation " + (i + 1) + ": the quote appears " + found.size()
                        + " times in the letter; quote more of it so it points to one place");
            }
            Optional<Quotes.Span> span = found.stream().findFirst();
            // on a problem the stand-ins are never seen: the sample is not loaded
            Quotes.Span at = span.orElse(new Quotes.Span(0, 0));
            annotations.add(new Annotation(quote, criterion.orElse(Criterion.TONE), note, at.start(), at.end()));
        }
        return annotations;
    }
}
