package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import com.followupcoach.lessons.yaml.YamlShapes.OptionEntry;
import com.followupcoach.lessons.yaml.YamlShapes.QuestionEntry;
import com.followupcoach.lessons.yaml.YamlShapes.QuizFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads {@code quiz.yaml} and checks each question's options and answer key. */
final class QuizReader {

    private QuizReader() {
    }

    static Quiz read(Path path, String file, List<Problem> problems) {
        return TextFiles.read(path, file, problems)
                .flatMap(yaml -> YamlBinder.bind(yaml, QuizFile.class, file, 0, problems))
                .map(bound -> quiz(bound.value().questions(), bound.reporter().root("the quiz")))
                .orElse(Quiz.EMPTY);
    }

    private static Quiz quiz(List<QuestionEntry> entries, Scope quiz) {
        if (entries == null || entries.isEmpty()) {
            quiz.problem("questions", "the quiz has no questions (delete quiz.yaml if the module has none)");
            return Quiz.EMPTY;
        }
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Scope scope = quiz.item("questions", i, "question " + (i + 1));
            if (entries.get(i) == null) {
                quiz.problem("questions/" + i, "question " + (i + 1) + " is empty");
                continue;
            }
            Question question = question(entries.get(i), scope);
            Integer first = firstLines.putIfAbsent(question.id(), scope.line("id"));
            if (first != null && !question.id().isEmpty()) {
                scope.problem("id", "question id `" + question.id() + "` is already used on line " + first);
            }
            questions.add(question);
        }
        return new Quiz(questions);
    }

    private static Question question(QuestionEntry entry, Scope question) {
        String id = question.id(entry.id(), "id");
        QuestionKind kind = question.choice(entry.kind(), "kind", QuestionKind.class);
        String prompt = question.text(entry.prompt(), "prompt");
        Optional<String> scenario = Optional.empty();
        if (kind == QuestionKind.SCENARIO) {
            scenario = Optional.of(question.text(entry.scenario(), "scenario"));
        } else if (entry.scenario() != null && kind != null) {
            question.problem("scenario", "only a scenario question has a scenario (use kind: scenario)");
        }
        List<Option> options = options(entry.options(), question);
        if (kind != null && options.size() == sizeOf(entry.options()) && options.size() >= 2) {
            checkAnswerKey(kind, options, question);
        }
        return new Question(id, kind == null ? QuestionKind.SINGLE : kind, prompt, scenario, options);
    }

    private static List<Option> options(List<OptionEntry> entries, Scope question) {
        if (sizeOf(entries) < 2) {
            question.problem("options", question.name() + " needs at least 2 options, not " + sizeOf(entries));
        }
        List<Option> options = new ArrayList<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            Scope scope = question.item("options", i, "option " + (i + 1));
            OptionEntry entry = entries.get(i);
            if (entry == null) {
                question.problem("options/" + i, "option " + (i + 1) + " is empty");
                continue;
            }
            if (entry.correct() == null) {
                scope.problem("correct", "option " + (i + 1) + " has no correct (true or false)");
            }
            String text = scope.text(entry.text(), "text");
            String explanation = scope.text(entry.explanation(), "explanation");
            if (entry.correct() != null) {
                options.add(new Option(text, entry.correct(), explanation));
            }
        }
        return options;
    }

    /** Exactly one correct option for single and scenario questions, at least one for multiple. */
    private static void checkAnswerKey(QuestionKind kind, List<Option> options, Scope question) {
        long correct = options.stream().filter(Option::correct).count();
        String kindName = kind.name().toLowerCase(Locale.ROOT);
        if (correct == 0) {
            question.problem("options", question.name() + " has no correct option");
        } else if (correct > 1 && kind.singleAnswer()) {
            question.problem("options", question.name() + " has " + correct + " correct options; a "
                    + kindName + " question needs exactly one (use kind: multiple for several)");
        }
    }

    private static int sizeOf(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
