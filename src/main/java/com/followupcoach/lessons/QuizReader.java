package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import com.followupcoach.files.yaml.YamlNode;
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
                .flatMap(yaml -> LessonYaml.root(yaml, file, 0, "the quiz", LessonYaml.QUIZ, problems))
                .map(QuizReader::quiz)
                .orElse(Quiz.EMPTY);
    }

    private static Quiz quiz(Scope quiz) {
        List<YamlNode> entries = quiz.nonEmptyList("questions",
                "the quiz has no questions (delete quiz.yaml if the module has none)");
        if (entries.isEmpty()) {
            return Quiz.EMPTY;
        }
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Optional<Scope> scope = Scope.item(entries.get(i), "question " + (i + 1), LessonYaml.QUESTION, quiz.problems());
            if (scope.isEmpty()) {
                continue;
            }
            Question question = question(scope.get());
            Integer first = firstLines.putIfAbsent(question.id(), scope.get().line("id"));
            if (first != null && !question.id().isEmpty()) {
                scope.get().problem("id", "question id `" + question.id() + "` is already used on line " + first);
            }
            questions.add(question);
        }
        return new Quiz(questions);
    }

    private static Question question(Scope question) {
        String id = question.id("id");
        QuestionKind kind = question.choice("kind", QuestionKind.class);
        String prompt = question.text("prompt");
        Optional<String> scenario = Optional.empty();
        if (kind == QuestionKind.SCENARIO) {
            scenario = Optional.of(question.text("scenario"));
        } else if (question.has("scenario") && kind != null) {
            question.problem("scenario", "only a scenario question has a scenario (use kind: scenario)");
        }
        List<YamlNode> entries = question.list("options").orElse(List.of());
        List<Option> options = options(entries, question);
        if (kind != null && options.size() == entries.size() && options.size() >= 2) {
            checkAnswerKey(kind, options, question);
        }
        return new Question(id, kind == null ? QuestionKind.SINGLE : kind, prompt, scenario, options);
    }

    private static List<Option> options(List<YamlNode> entries, Scope question) {
        if (entries.size() < 2) {
            question.problem("options", question.name() + " needs at least 2 options, not " + entries.size());
        }
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Optional<Scope> scope = Scope.item(entries.get(i), "option " + (i + 1), LessonYaml.OPTION, question.problems());
            if (scope.isEmpty()) {
                continue;
            }
            Optional<Boolean> correct = scope.get().fields().bool("correct");
            if (!scope.get().has("correct")) {
                scope.get().problem("correct", "option " + (i + 1) + " has no correct (true or false)");
            }
            String text = scope.get().text("text");
            String explanation = scope.get().text("explanation");
            correct.ifPresent(isCorrect -> options.add(new Option(text, isCorrect, explanation)));
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
}
