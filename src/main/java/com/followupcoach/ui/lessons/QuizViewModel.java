package com.followupcoach.ui.lessons;

import com.followupcoach.lessons.Grade;
import com.followupcoach.lessons.Question;
import com.followupcoach.lessons.Quiz;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One run through a quiz: choose, check (the answer is then fixed and every option's
 * explanation shown), go on; at the end the score and the answers go to the records.
 */
public final class QuizViewModel {

    private final Quiz quiz;
    private final Consumer<List<LessonRecords.AnsweredQuestion>> onFinished;
    private final List<LessonRecords.AnsweredQuestion> answers = new ArrayList<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final Set<Integer> chosen = new TreeSet<>();
    private final ReadOnlyObjectWrapper<Grade> grade = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);

    public QuizViewModel(Quiz quiz, Consumer<List<LessonRecords.AnsweredQuestion>> onFinished) {
        if (quiz.questions().isEmpty()) {
            throw new IllegalArgumentException("a quiz needs questions");
        }
        this.quiz = quiz;
        this.onFinished = onFinished;
    }

    public Question question() {
        return quiz.questions().get(index.get());
    }

    public int questionCount() {
        return quiz.questions().size();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The grade of the current question once checked; empty before. */
    public ReadOnlyObjectProperty<Grade> gradeProperty() {
        return grade.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public void choose(int option, boolean selected) {
        if (grade.get() != null) {
            return;
        }
        if (question().kind().singleAnswer()) {
            chosen.clear();
        }
        if (selected) {
            chosen.add(option);
        } else {
            chosen.remove(option);
        }
    }

    public boolean canCheck() {
        return grade.get() == null && !chosen.isEmpty();
    }

    public Optional<Grade> check() {
        if (!canCheck()) {
            return Optional.empty();
        }
        Grade result = question().grade(chosen);
        answers.add(new LessonRecords.AnsweredQuestion(question().id(), List.copyOf(chosen), result.correct()));
        grade.set(result);
        return Optional.of(result);
    }

    public Set<Integer> chosen() {
        return Set.copyOf(chosen);
    }

    public void next() {
        if (grade.get() == null) {
            return;
        }
        if (index.get() + 1 < questionCount()) {
            chosen.clear();
            grade.set(null);
            index.set(index.get() + 1);
        } else if (!finished.get()) {
            finished.set(true);
            onFinished.accept(List.copyOf(answers));
        }
    }

    /** Each question answered so far, in order, with the options chosen and whether that was right. */
    public List<Reviewed> review() {
        List<Reviewed> review = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            review.add(new Reviewed(quiz.questions().get(i), answers.get(i).chosen(), answers.get(i).correct()));
        }
        return List.copyOf(review);
    }

    /** One question of the end-of-quiz review. */
    public record Reviewed(Question question, List<Integer> chosen, boolean correct) {
        public Reviewed {
            chosen = List.copyOf(chosen);
        }
    }

    public int correctCount() {
        return (int) answers.stream().filter(LessonRecords.AnsweredQuestion::correct).count();
    }
}
