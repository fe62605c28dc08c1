package com.followupcoach.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.lessons.LessonModule;
import com.followupcoach.lessons.SampleLetter;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Presenter mode on a projector of one size: every slide of every built-in lesson fits
 * without scrolling or shrinking, text is as large as the back of a room needs (scaled
 * from the 1920×1080 sizes), and every revealed point card is whole in view with its title
 * uncut. One subclass per projector size.
 */
abstract class PresenterFitTest extends ApplicationTest {

    private final WorkshopStage workshop = new WorkshopStage();

    abstract double width();

    abstract double height();

    /** Sizes are set for 1920×1080 and scaled to fit a smaller screen. */
    private double scale() {
        return Math.min(width() / 1920, height() / 1080);
    }

    @Override
    public void start(Stage stage) {
        workshop.show(stage, width(), height(), true, WorkshopStage.noFiles());
    }

    @Test
    void theWorkshopFillsTheScreenAndItsEmFollowsTheScreenSize() {
        assertThat(workshop.view.getWidth()).isEqualTo(width());
        assertThat(workshop.view.getHeight()).isEqualTo(height());
        assertThat(WorkshopView.presenterEm(1920, 1080)).isEqualTo(24);
        assertThat(lookup("#workshop-stage").query().getStyle()).contains(String.format(java.util.Locale.ROOT, "%.2fpx",
                24 * scale()));
    }

    @Test
    void everySlideFitsUnshrunkWithBodyTextAtLeast48PxAt1080p() {
        for (LessonModule module : WorkshopStage.LIBRARY.modules()) {
            interact(() -> workshop.model.present(module));
            for (int slide = 0; slide < workshop.model.slideCount(); slide++) {
                int step = slide;
                interact(() -> {
                    while (workshop.model.stepProperty().get() < step) {
                        workshop.model.forward();
                    }
                });
                String where = module.id() + " slide " + (slide + 1);
                FitBox fit = lookup("#slide-fit").queryAs(FitBox.class);
                assertThat(fit.fitScale()).as(where + " is shrunk to fit").isEqualTo(1.0);
                assertInsideWindow(fit, where);
                List<Text> body = texts(lookup("#slide-text").query(), "md-text");
                assertThat(body).as(where).isNotEmpty();
                for (Text text : body) {
                    assertThat(text.getFont().getSize()).as(where + " body text").isGreaterThanOrEqualTo(48 * scale() - 0.01);
                    assertInsideWindow(text, where + ": " + text.getText());
                }
                assertWhole(lookup("#slide-heading").queryAs(Labeled.class), where);
            }
        }
    }

    @Test
    void everyRevealedCardIsWholeInViewWithItsTitleUncutAndLettersAndCardsAtLeast36Px() {
        for (SampleLetter sample : WorkshopStage.LIBRARY.samples()) {
            interact(() -> workshop.model.critique(sample));
            StyleClassedTextArea letter = lookup("#sample-letter").queryAs(StyleClassedTextArea.class);
            for (Text text : texts(letter, "text")) {
                assertThat(text.getFont().getSize()).as("letter text").isGreaterThanOrEqualTo(36 * scale() - 0.01);
            }
            Node viewport = lookup("#sample-notes-scroll").query().lookup(".viewport");
            assertInsideWindow(viewport, "the cards' column");
            for (int step = 1; step <= sample.annotations().size() + 1; step++) {
                interact(workshop.model::forward);
                String where = sample.id() + " step " + step;
                Parent cards = lookup("#sample-notes").queryAs(Parent.class);
                Node newest = cards.getChildrenUnmodifiable().get(cards.getChildrenUnmodifiable().size() - 1);
                Bounds view = viewport.localToScene(viewport.getLayoutBounds());
                Bounds card = newest.localToScene(newest.getLayoutBounds());
                assertThat(card.getMinY()).as(where + " card top").isGreaterThanOrEqualTo(view.getMinY() - 0.5);
                assertThat(card.getMaxY()).as(where + " card bottom").isLessThanOrEqualTo(view.getMaxY() + 0.5);
                for (Node child : cards.getChildrenUnmodifiable()) {
                    for (Labeled label : labels(child)) {
                        assertWhole(label, where);
                        assertThat(label.getFont().getSize()).as(where + " card text").isGreaterThanOrEqualTo(36 * scale() - 0.01);
                    }
                }
            }
        }
    }

    @Test
    void theControlStripHidesInPresenterModeAndShowsWhenTheMouseMoves() {
        interact(() -> workshop.model.present(WorkshopStage.LIBRARY.modules().get(0)));
        Node strip = lookup("#step-forward").query().getParent();
        assertThat(strip.isVisible()).isFalse();

        moveTo("#slide-text");

        assertThat(strip.isVisible()).isTrue();
        assertInsideWindow(strip, "the strip");
    }

    private void assertInsideWindow(Node node, String what) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        assertThat(bounds.getMinY()).as(what + " top").isGreaterThanOrEqualTo(-0.5);
        assertThat(bounds.getMaxY()).as(what + " bottom").isLessThanOrEqualTo(height() + 0.5);
        assertThat(bounds.getMinX()).as(what + " left").isGreaterThanOrEqualTo(-0.5);
        assertThat(bounds.getMaxX()).as(what + " right").isLessThanOrEqualTo(width() + 0.5);
    }

    /** A label's text is drawn whole: not cut to an ellipsis. */
    private static void assertWhole(Labeled label, String where) {
        String drawn = texts(label, "text").stream().map(Text::getText).reduce("", String::concat);
        assertThat(drawn).as(where + " title drawn").isEqualTo(label.getText());
    }

    private static List<Text> texts(Node root, String styleClass) {
        return descendants(root).filter(n -> n instanceof Text && n.getStyleClass().contains(styleClass))
                .map(Text.class::cast).toList();
    }

    private static List<Labeled> labels(Node root) {
        return descendants(root).filter(n -> n instanceof Labeled).map(Labeled.class::cast).toList();
    }

    private static Stream<Node> descendants(Node node) {
        return node instanceof Parent parent
                ? Stream.concat(Stream.of(node), parent.getChildrenUnmodifiable().stream().flatMap(PresenterFitTest::descendants))
                : Stream.of(node);
    }

    /** A 1920×1080 projector: the sizes as designed. */
    static class At1920x1080 extends PresenterFitTest {
        @Override
        double width() {
            return 1920;
        }

        @Override
        double height() {
            return 1080;
        }
    }

    /** An old 1024×768 projector: everything scaled to fit. */
    static class At1024x768 extends PresenterFitTest {
        @Override
        double width() {
            return 1024;
        }

        @Override
        double height() {
            return 768;
        }
    }
}
