package com.followupcoach.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.lessons.LessonModule;
import com.followupcoach.lessons.SampleLetter;
import com.followupcoach.ui.theme.ThemeManager;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** A trainer presents a lesson as slides and critiques a sample letter with the room, by clicker. */
class WorkshopViewTest extends ApplicationTest {

    private final WorkshopStage workshop = new WorkshopStage();

    @Override
    public void start(Stage stage) {
        workshop.show(stage, 1280, 800, false, WorkshopStage.noFiles());
    }

    @Test
    void slidesAdvanceWithTheArrowKeysAndEndOnTheTakeaways() {
        LessonModule module = WorkshopStage.LIBRARY.modules().get(1);
        clickOn("#present-" + module.id());
        int slides = workshop.model.slideCount();
        assertThat(slides).isGreaterThanOrEqualTo(module.sections().size() + 1);
        assertThat(text("#step-counter")).isEqualTo("Slide 1 of " + slides);
        assertThat(text("#slide-heading")).startsWith(module.sections().get(0).heading());

        for (int i = 1; i < slides; i++) {
            type(KeyCode.RIGHT);
        }

        assertThat(text("#step-counter")).isEqualTo("Slide " + slides + " of " + slides);
        assertThat(text("#slide-heading")).startsWith("Key takeaways");
        assertThat(lookup("#step-forward").queryButton().isDisabled()).isTrue();
        type(KeyCode.LEFT);
        assertThat(text("#step-counter")).isEqualTo("Slide " + (slides - 1) + " of " + slides);
        type(KeyCode.ESCAPE);
        assertThat(lookup("#present-" + module.id()).tryQuery()).isPresent();
    }

    @Test
    void aSampleRevealsOnePointAtATimeThenTheVerdictAndOnlyThenItsTitle() {
        SampleLetter sample = WorkshopStage.LIBRARY.samples().stream()
                .filter(s -> s.annotations().size() >= 2 && s.scenario().isPresent()).findFirst().orElseThrow();
        String verdictWord = sample.title().substring(0, sample.title().indexOf(':'));
        assertThat(text("#sample-" + sample.id())).doesNotContain(verdictWord).contains(sample.scenario().get().company());
        clickOn("#sample-" + sample.id());
        StyleClassedTextArea letter = lookup("#sample-letter").queryAs(StyleClassedTextArea.class);
        assertThat(letter.getText()).isEqualTo(sample.body());
        assertThat(text("#walkthrough-title")).doesNotContain(verdictWord);
        int firstQuote = sample.annotations().get(0).start();
        assertThat(letter.getStyleOfChar(firstQuote)).isEmpty();

        clickOn("#step-forward");

        assertThat(letter.getStyleOfChar(firstQuote)).containsExactly("annotation-current");
        for (int i = 1; i < sample.annotations().size(); i++) {
            clickOn("#step-forward");
        }
        assertThat(letter.getStyleOfChar(firstQuote)).containsExactly("annotation");
        assertThat(lookup("#sample-verdict").tryQuery()).isEmpty();
        assertThat(text("#walkthrough-title")).doesNotContain(verdictWord);
        assertThat(text("#step-counter")).isEqualTo(sample.annotations().size() + " of "
                + sample.annotations().size() + " points revealed");

        clickOn("#step-forward");

        assertThat(lookup("#sample-verdict").tryQuery()).isPresent();
        assertThat(text("#walkthrough-title")).isEqualTo(sample.title());
        assertThat(lookup("#step-forward").queryButton().isDisabled()).isTrue();
    }

    @Test
    void aClickerWorksAfterOpeningWithTheMouseWhereverTheFocusIs() {
        SampleLetter sample = WorkshopStage.LIBRARY.samples().get(0);
        clickOn("#sample-" + sample.id());
        // The focus may be anywhere in the window: the clicker's keys must still reach the workshop.
        interact(() -> lookup("#outside").query().requestFocus());

        type(KeyCode.PAGE_DOWN);
        assertThat(text("#step-counter")).startsWith("1 of ");
        type(KeyCode.SPACE);
        assertThat(text("#step-counter")).startsWith("2 of ");
        type(KeyCode.PAGE_UP);
        assertThat(text("#step-counter")).startsWith("1 of ");
        type(KeyCode.ESCAPE);
        assertThat(lookup("#sample-" + sample.id()).tryQuery()).isPresent();
    }

    @Test
    void aClickerWorksAfterOpeningWithTheKeyboard() {
        LessonModule module = WorkshopStage.LIBRARY.modules().get(0);
        interact(() -> lookup("#present-" + module.id()).query().requestFocus());
        type(KeyCode.ENTER);
        assertThat(text("#step-counter")).isEqualTo("Slide 1 of " + workshop.model.slideCount());

        type(KeyCode.RIGHT);

        assertThat(text("#step-counter")).isEqualTo("Slide 2 of " + workshop.model.slideCount());
    }

    @Test
    void bAndWBlankTheScreenAndAnyKeyBringsItBackWithoutMovingOn() {
        clickOn("#present-" + WorkshopStage.LIBRARY.modules().get(0).id());
        assertThat(lookup("#blank-screen").query().isVisible()).isFalse();

        type(KeyCode.B);
        assertThat(lookup("#blank-screen").query().isVisible()).isTrue();
        assertThat(lookup("#blank-screen").query().getStyleClass()).contains("blank-black");
        type(KeyCode.RIGHT);
        assertThat(lookup("#blank-screen").query().isVisible()).isFalse();
        assertThat(text("#step-counter")).startsWith("Slide 1 of");

        type(KeyCode.W);
        assertThat(lookup("#blank-screen").query().getStyleClass()).contains("blank-white").doesNotContain("blank-black");
        type(KeyCode.X);
        assertThat(lookup("#blank-screen").query().isVisible()).isFalse();
        type(KeyCode.RIGHT);
        assertThat(text("#step-counter")).startsWith("Slide 2 of");
    }

    @Test
    void nShowsTheSlidesPresenterNotesOnOneScreen() {
        LessonModule module = WorkshopStage.LIBRARY.module("why-follow-up").orElseThrow();
        clickOn("#present-" + module.id());
        assertThat(lookup("#notes-panel").query().isVisible()).isFalse();

        type(KeyCode.N);

        assertThat(lookup("#notes-panel").query().isVisible()).isTrue();
        assertThat(text("#notes-panel-text")).isEqualTo(module.sections().get(0).notes()).contains("show of hands");
        int next = 1;
        while (workshop.model.deckProperty().get().get(next).part() > 1) {
            next++;
            type(KeyCode.RIGHT);
        }
        type(KeyCode.RIGHT);
        assertThat(text("#notes-panel-text")).isEqualTo(module.sections().get(1).notes()).contains("guess");
        type(KeyCode.N);
        assertThat(lookup("#notes-panel").query().isVisible()).isFalse();
    }

    @Test
    void presenterModeEnlargesTheText() {
        int before = workshop.themes.fontSize();

        clickOn("#presenter-toggle");

        assertThat(workshop.themes.fontSize()).isGreaterThanOrEqualTo(ThemeManager.ZOOM_STEPS.get(ThemeManager.PRESENTER_ZOOM_STEP))
                .isGreaterThan(before);
        type(KeyCode.F5); // not bound here: the page's own toggle is what this test uses
        clickOn("#presenter-toggle");
        assertThat(workshop.themes.fontSize()).isEqualTo(before);
    }

    @Test
    void aLiveLetterIsTypedWithoutTheKeysFiringThenWalkedThroughPointByPoint() {
        clickOn("#open-live");
        clickOn("#live-text");
        write("Bye. I want a full explanation of why, by Friday.");
        assertThat(lookup("#blank-screen").query().isVisible()).as("B typed as a letter").isFalse();
        assertThat(lookup("#live-text").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("Bye. I want a full explanation of why, by Friday.");

        clickOn("#live-walk");

        assertThat(text("#walkthrough-title")).isEqualTo("A live letter");
        StyleClassedTextArea letter = lookup("#sample-letter").queryAs(StyleClassedTextArea.class);
        assertThat(letter.getText()).isEqualTo("Bye. I want a full explanation of why, by Friday.");
        int points = workshop.model.walkthroughProperty().get().points().size();
        assertThat(points).isGreaterThanOrEqualTo(2);
        type(KeyCode.RIGHT);
        assertThat(text("#step-counter")).isEqualTo("1 of " + points + " points revealed");
        assertThat(lookup("#reveal-card-1").tryQuery()).isPresent();
        type(KeyCode.ESCAPE);
        assertThat(lookup("#live-text").queryAs(javafx.scene.control.TextArea.class).getText()).startsWith("Bye.");
    }

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }
}
