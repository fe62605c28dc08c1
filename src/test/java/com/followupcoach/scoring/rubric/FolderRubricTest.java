package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.vocabulary.Criterion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which rubric goes with the lesson folders the app was given. */
class FolderRubricTest {

    @TempDir
    Path root;

    private static String thanks(Rubric rubric) {
        return rubric.spec(Criterion.GRATITUDE).messages().get("met");
    }

    @Test
    void noFolderWithARubricMeansTheBuiltInOne() throws IOException {
        Path plain = Files.createDirectories(root.resolve("plain"));

        FolderRubric.Choice choice = FolderRubric.choose(List.of(plain, root.resolve("absent")));

        assertThat(choice.rubric()).isSameAs(Rubric.builtIn());
        assertThat(choice.file()).isEmpty();
        assertThat(choice.failure()).isEmpty();
        assertThat(choice.builtIn()).isTrue();
    }

    @Test
    void theFirstFolderWithARubricIsTheOneThatScores() throws IOException {
        Path given = Files.createDirectories(root.resolve("given"));
        Path userData = Files.createDirectories(root.resolve("user-data"));
        TrainerRubric.writeInto(given);
        TrainerRubric.writeInto(userData, text -> text.replace(TrainerRubric.BUILT_IN_THANKS, "From the user data folder."));

        assertThat(thanks(FolderRubric.choose(List.of(given, userData)).rubric())).isEqualTo(TrainerRubric.TRAINER_THANKS);
        FolderRubric.Choice second = FolderRubric.choose(List.of(root.resolve("plain"), userData));
        assertThat(thanks(second.rubric())).isEqualTo("From the user data folder.");
        assertThat(second.file()).contains(userData.resolve("rubric.yaml"));
        assertThat(second.builtIn()).isFalse();
    }

    @Test
    void aBrokenRubricFallsBackToTheBuiltInOneAndSaysWhereItIsBroken() throws IOException {
        Path given = Files.createDirectories(root.resolve("given"));
        Path rubric = TrainerRubric.writeInto(given, text -> text.replace("\ncriteria:", "\ncriterias:"));
        Path userData = Files.createDirectories(root.resolve("user-data"));
        TrainerRubric.writeInto(userData);

        FolderRubric.Choice choice = FolderRubric.choose(List.of(given, userData));

        assertThat(choice.rubric()).isSameAs(Rubric.builtIn());
        assertThat(choice.builtIn()).isTrue();
        RubricException failure = choice.failure().orElseThrow();
        assertThat(failure.source()).isEqualTo(rubric.toString());
        assertThat(failure.line()).isEqualTo(Files.readAllLines(rubric).indexOf("criterias:") + 1);
        assertThat(failure.problem()).startsWith("unknown field `criterias`");
    }

    @Test
    void aRubricThatIsAFolderIsOneLineNotACrash() throws IOException {
        Path given = Files.createDirectories(root.resolve("given"));
        Files.createDirectories(given.resolve("rubric.yaml"));

        FolderRubric.Choice choice = FolderRubric.choose(List.of(given));

        assertThat(choice.rubric()).isSameAs(Rubric.builtIn());
        assertThat(choice.failure()).get().extracting(Throwable::getMessage).asString()
                .startsWith(given.resolve("rubric.yaml") + ": ").doesNotContain("\n");
    }
}
