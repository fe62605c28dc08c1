package com.followupcoach.lessons;

import java.util.List;
import java.util.Optional;

/** The questions of a module, in file order; empty when the module has no quiz.yaml. */
public record Quiz(List<Question> questions) {

    public static final Quiz EMPTY = new Quiz(List.of());

    public Quiz {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
