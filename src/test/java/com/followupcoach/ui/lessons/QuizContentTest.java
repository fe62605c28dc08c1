package com.followupcoach.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.lessons.BuiltInLessons;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.lessons.Option;
import com.followupcoach.lessons.Question;
import com.followupcoach.ui.common.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in quizzes cannot be passed by guessing from the shape of the options. */
class QuizContentTest {

    private final List<Question> questions = LessonLoader.load(List.of(BuiltInLessons.root().orElseThrow()))
            .modules().stream().flatMap(m -> m.quiz().questions().stream()).toList();

    @Test
    void theRightAnswerIsUsuallyNotTheLongest() {
        long giveaways = questions.stream().filter(QuizContentTest::aRightOptionIsTheLongest).count();

        // By chance, with three or four options, about one question in three.
        assertThat(questions).hasSizeGreaterThan(30);
        assertThat(giveaways).as("questions whose longest option is a right one").isLessThanOrEqualTo(questions.size() / 3);
    }

    @Test
    void theAppAloneSaysHowManyAnswersToChoose() {
        String hint = Messages.get("quiz.pickAll");
        assertThat(questions).noneMatch(q -> q.prompt().contains("apply.") || q.prompt().contains(hint));
    }

    @Test
    void noExplanationOpensWithTheVerdictTheAppAlreadyShows() {
        assertThat(questions.stream().flatMap(q -> q.options().stream()).map(Option::explanation))
                .noneMatch(e -> e.matches("^(Right|Yes|No|Correct|Wrong)[.,!].*"));
    }

    private static boolean aRightOptionIsTheLongest(Question question) {
        int longest = question.options().stream().mapToInt(o -> o.text().length()).max().orElse(0);
        long atLongest = question.options().stream().filter(o -> o.text().length() == longest).count();
        return atLongest == 1 && question.options().stream().anyMatch(o -> o.correct() && o.text().length() == longest);
    }
}
