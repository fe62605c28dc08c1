package com.followupcoach.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.lessons.BuiltInLessons;
import com.followupcoach.lessons.LessonLibrary;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.lessons.SampleLetter;
import com.followupcoach.ui.theme.ThemeManager;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** A trainer presents a lesson as slides and critiques a sample letter with the room. */
class WorkshopViewTest extends ApplicationTest {

    private final ThemeManager themes = new ThemeManager();
    private LessonLibrary library;

    @Override
    public void start(Stage stage) {
        library = LessonLoader.load(List.of(BuiltInLessons.root().orElseThrow()));
        WorkshopView view = new WorkshopView(new WorkshopViewModel(library.modules(), library.samples()),
                themes.presenterProperty());
        Scene scene = new Scene(view, 1280, 800);
        themes.attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void slidesAdvanceWithTheArrowKeysAndEndOnTheTakeaways() {
        LessonModule module = library.modules().get(1);
        int slides = module.sections().size() + 1;
        clickOn("#present-" + module.id());
        assertThat(text("#step-counter")).isEqualTo("Slide 1 of " + slides);

        for (int i = 1; i < slides; i++) {
            type(KeyCode.RIGHT);
        }

        assertThat(text("#step-counter")).isEqualTo("Slide " + slides + " of " + slides);
        assertThat(lookup("#step-forward").queryButton().isDisabled()).isTrue();
        type(KeyCode.LEFT);
        assertThat(text("#step-counter")).isEqualTo("Slide " + (slides - 1) + " of " + slides);
        type(KeyCode.ESCAPE);
        assertThat(lookup("#present-" + module.id()).tryQuery()).isPresent();
    }

    @Test
    void aSampleRevealsOneAnnotationAtATimeThenTheVerdict() {
        SampleLetter sample = library.samples().stream().filter(s -> s.annotations().size() >= 2).findFirst().orElseThrow();
        clickOn("#sample-" + sample.id());
        StyleClassedTextArea letter = lookup("#sample-letter").queryAs(StyleClassedTextArea.class);
        assertThat(letter.getText()).isEqualTo(sample.body());
        int firstQuote = sample.annotations().get(0).start();
        assertThat(letter.getStyleOfChar(firstQuote)).isEmpty();

        clickOn("#step-forward");

        assertThat(letter.getStyleOfChar(firstQuote)).containsExactly("annotation-current");
        assertThat(lookup("#sample-verdict").tryQuery()).isEmpty();
        for (int i = 1; i < sample.annotations().size(); i++) {
            clickOn("#step-forward");
        }
        assertThat(letter.getStyleOfChar(firstQuote)).containsExactly("annotation");
        assertThat(lookup("#sample-verdict").tryQuery()).isPresent();
        assertThat(text("#step-counter")).isEqualTo(sample.annotations().size() + " of "
                + sample.annotations().size() + " points revealed");
    }

    @Test
    void aClickerReachesTheSampleAsSoonAsItOpens() {
        SampleLetter sample = library.samples().get(0);
        clickOn("#sample-" + sample.id());

        // The keys of a presentation clicker go to the focused node: it must be on the page.
        assertThat(lookup("#step-forward").query().isFocused()).isTrue();
        type(KeyCode.PAGE_DOWN);
        assertThat(text("#step-counter")).startsWith("1 of ");
    }

    @Test
    void presenterModeEnlargesTheText() {
        int before = themes.fontSize();

        clickOn("#presenter-toggle");

        assertThat(themes.fontSize()).isGreaterThanOrEqualTo(ThemeManager.ZOOM_STEPS.get(ThemeManager.PRESENTER_ZOOM_STEP))
                .isGreaterThan(before);
        clickOn("#presenter-toggle");
        assertThat(themes.fontSize()).isEqualTo(before);
    }

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }
}
