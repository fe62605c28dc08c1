package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.cli.DesktopOptions;
import com.followupcoach.scoring.rubric.TrainerRubric;
import com.followupcoach.ui.shell.ShellViewModel;
import com.followupcoach.vocabulary.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window started with {@code --lessons DIR}: the folder's rubric is the one that
 * scores in Practice; a broken one is a one-line notice naming file and line, and the app
 * still scores (with the built-in rubric) and keeps the learner's draft.
 */
class LessonFolderRubricTest extends ApplicationTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path lessons;

    private Stage stage;
    private AppWiring wiring;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeStore() throws Exception {
        if (wiring != null) {
            WaitForAsyncUtils.asyncFx(wiring::close).get(10, TimeUnit.SECONDS);
        }
    }

    private void openWindow() {
        DesktopOptions options = new DesktopOptions(false, Optional.of(dataDir), Optional.of(lessons));
        interact(() -> wiring = AppWindow.show(stage, options, new ShellViewModel(), 1280, 800).wiring());
    }

    @Test
    void theLessonFoldersRubricScoresTheLearnersLetter() throws Exception {
        TrainerRubric.writeInto(lessons);
        openWindow();

        String thanks = gratitudeAfterTyping();

        assertThat(thanks).isEqualTo(TrainerRubric.TRAINER_THANKS);
        assertThat(notices()).noneMatch(n -> n.contains("rubric"));
    }

    @Test
    void aBrokenRubricIsAOneLineNoticeAndTheBuiltInOneScores() throws Exception {
        Path rubric = TrainerRubric.writeInto(lessons, text -> text.replace("\ncriteria:", "\ncriterias:"));
        int line = lineOf(rubric, "criterias:");
        openWindow();

        // the notice comes with the engine, which is built after the first page
        await(() -> lookup("#notices .notice-text").queryAll().stream()
                .anyMatch(notice -> ((Label) notice).getText().contains("rubric")));
        assertThat(notices()).anySatisfy(notice -> assertThat(notice)
                .contains("scored with the built-in rubric")
                .contains(rubric + ":" + line + ": unknown field `criterias`")
                .doesNotContain("\n").doesNotContain("Exception"));
        assertThat(gratitudeAfterTyping()).isEqualTo(TrainerRubric.BUILT_IN_THANKS);
    }

    /** Types a letter with thanks into Practice and reads gratitude's line in the checklist. */
    private String gratitudeAfterTyping() throws Exception {
        clickOn("#nav-practice");
        await(() -> lookup("#letter-editor").tryQuery().isPresent());
        clickOn("#letter-editor").write("Dear Ms Lee,\n\nThank you for the interview.\n\nBest,\nSam");
        // met only once the thanks has been typed and scored
        await(() -> lookup("#criterion-gratitude").tryQuery()
                .map(pane -> pane.getProperties().get("status") == Status.MET).orElse(false));
        TitledPane gratitude = lookup("#criterion-gratitude").queryAs(TitledPane.class);
        return WaitForAsyncUtils.asyncFx(() -> detail(gratitude)).get();
    }

    private static String detail(TitledPane pane) {
        return pane.getContent() instanceof Labeled label ? label.getText() : "";
    }

    private List<String> notices() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookup("#notices").queryAs(javafx.scene.layout.VBox.class)
                .lookupAll(".notice-text").stream().map(n -> ((Label) n).getText()).toList()).get();
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }
}
