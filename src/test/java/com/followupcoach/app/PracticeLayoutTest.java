package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.cli.DesktopOptions;
import com.followupcoach.ui.shell.Page;
import com.followupcoach.ui.shell.ShellViewModel;
import com.followupcoach.ui.theme.ThemeManager;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Practice page in the real window at the common screen sizes: the editor keeps its
 * lines whatever is open, the side column is beside the letter or in a drawer but never
 * clipped, the toolbar, the task and the status bar are never cut, and letter lines stay
 * readable on a wide screen.
 */
class PracticeLayoutTest extends ApplicationTest {

    /** The first line holds a placeholder, which the engine flags: the caret goes into it. */
    private static final String LETTER = "Dear [Company Name] team,\n"
            + IntStream.rangeClosed(1, 40).mapToObj(i -> "Line " + i + ".").collect(Collectors.joining("\n"));

    @TempDir
    Path dataDir;

    private AppWiring wiring;
    private AppServices services;
    private ThemeManager themes;
    private ShellViewModel shell;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        shell = new ShellViewModel();
        AppWindow window = AppWindow.show(stage, new DesktopOptions(false, Optional.of(dataDir), Optional.empty()), shell,
                1280, 800);
        services = window.services();
        wiring = window.wiring();
        themes = window.themes();
    }

    @AfterEach
    void closeStore() throws Exception {
        // The draft is autosaved after a pause in typing: let that write land before the store closes.
        await(() -> {
            long me = services.store().profiles().lastActive().id();
            String task = lookup("#task-chooser").queryAs(javafx.scene.control.ComboBox.class).getValue() == null ? ""
                    : ((com.followupcoach.ui.practice.WritingTask) lookup("#task-chooser")
                            .queryAs(javafx.scene.control.ComboBox.class).getValue()).id();
            return services.store().drafts().find(me, task).map(d -> d.text().equals(area().getText()))
                    .orElse(area().getText().isEmpty());
        });
        WaitForAsyncUtils.asyncFx(wiring::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void at1024x768TheEditorKeepsEightLinesInEveryState() throws Exception {
        assertEveryState(1024, 768, 8);
    }

    @Test
    void at1280x800TheEditorKeepsTwelveLinesInEveryState() throws Exception {
        assertEveryState(1280, 800, 12);
    }

    @Test
    void at1280x800TheToolbarKeepsItsLabelsOnOneRow() throws Exception {
        interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            shell.show(Page.PRACTICE);
        });
        await(() -> lookup("#letter-editor").tryQuery().isPresent() && area().isEditable());
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#live-toggle", "#check-now", "#open-history"}) {
            Labeled button = lookup(id).queryAs(Labeled.class);
            Node text = button.lookup(".text");
            assertThat(text != null && text.isVisible() && !((Text) text).getText().isBlank())
                    .as(id + " shows its name at 1280x800").isTrue();
        }
        Node first = lookup("#undo").query();
        Node last = lookup("#print-letter").query();
        assertThat(screenBounds(last).getMinY()).as("toolbar on one row").isEqualTo(screenBounds(first).getMinY());
    }

    private static Bounds screenBounds(Node node) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> node.localToScreen(node.getLayoutBounds())).get();
    }

    @Test
    void at1920x1080TheEditorKeepsTwelveLinesAndLinesStayReadable() throws Exception {
        assertEveryState(1920, 1080, 12);
        interact(() -> themes.resetZoom());
        interact(() -> area().replaceText(("Thank you for letting me know your decision about the role, and for the time "
                + "you and the panel gave me. ").repeat(6)));
        await(() -> area().getParagraphLinesCount(0) > 1);
        int characters = area().getParagraph(0).length();
        int lines = WaitForAsyncUtils.asyncFx(() -> area().getParagraphLinesCount(0)).get();
        assertThat(characters / (double) lines).as("characters a line").isLessThanOrEqualTo(85);
    }

    private void assertEveryState(int width, int height, int leastLines) throws Exception {
        interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            shell.show(Page.PRACTICE);
        });
        await(() -> lookup("#letter-editor").tryQuery().isPresent() && area().isEditable());
        interact(() -> {
            area().replaceText(LETTER);
            lookup("#task-pane").queryAs(TitledPane.class).setExpanded(true);
        });
        for (String state : new String[] {"100%", "150%", "presenter"}) {
            interact(() -> {
                themes.presenterProperty().set(false);
                themes.setZoomStep(state.equals("150%") ? ThemeManager.ZOOM_STEPS.indexOf(21) : ThemeManager.DEFAULT_ZOOM_STEP);
                themes.presenterProperty().set(state.equals("presenter"));
            });
            // The finding card open: the caret in the flagged placeholder.
            await(() -> area().getStyleOfChar(7).stream().anyMatch(s -> s.startsWith("finding-")));
            interact(() -> {
                area().moveTo(7);
                area().requestFocus();
            });
            await(() -> lookup("#finding-card").query().isVisible());
            interact(() -> area().showParagraphAtTop(0));
            await(() -> area().getParagraphBoundsOnScreen(1).isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            String where = width + "x" + height + " " + state;
            assertThat(visibleLines()).as("editor lines at " + where).isGreaterThanOrEqualTo(leastLines);
            assertNothingCut(where);
        }
        interact(() -> themes.presenterProperty().set(false));
    }

    private void assertNothingCut(String where) throws Exception {
        Bounds window = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().localToScreen(
                stage.getScene().getRoot().getLayoutBounds())).get();
        for (String id : new String[] {"#copy-letter", "#save-text", "#print-letter", "#submit-attempt",
                "#word-count", "#last-attempt", "#task-brief"}) {
            Node node = lookup(id).query();
            Bounds bounds = WaitForAsyncUtils.asyncFx(() -> node.localToScreen(node.getLayoutBounds())).get();
            assertThat(node.isVisible()).as(id + " visible at " + where).isTrue();
            assertThat(bounds.getMaxX()).as(id + " right edge at " + where).isLessThanOrEqualTo(window.getMaxX() + 0.5);
            assertThat(bounds.getMaxY()).as(id + " bottom edge at " + where).isLessThanOrEqualTo(window.getMaxY() + 0.5);
        }
        for (String id : new String[] {"#word-count", "#last-attempt", "#task-brief", "#submit-attempt"}) {
            Labeled label = lookup(id).queryAs(Labeled.class);
            String drawn = WaitForAsyncUtils.asyncFx(() -> ((Text) label.lookup(".text")).getText()).get();
            assertThat(drawn).as(id + " not cut short at " + where).isEqualTo(label.getText());
        }
        // The checklist is beside the letter, wholly inside the window, or folded into the drawer.
        Node side = lookup("#critique-scroll").query();
        Bounds sideBounds = WaitForAsyncUtils.asyncFx(() -> side.localToScreen(side.getLayoutBounds())).get();
        boolean inDrawer = lookup("#side-toggle").query().isVisible();
        if (!inDrawer) {
            assertThat(sideBounds.getMaxX()).as("checklist right edge at " + where).isLessThanOrEqualTo(window.getMaxX() + 0.5);
        }
    }

    /** How many lines of the letter the editor's viewport holds: its inner height over one drawn line. */
    private int visibleLines() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            StyleClassedTextArea area = area();
            Insets in = area.getInsets();
            // Paragraph 1 is one short line ("Line 1."), drawn in the letter's font.
            double line = area.getParagraphBoundsOnScreen(1).map(Bounds::getHeight)
                    .orElseGet(() -> area.getParagraphBoundsOnScreen(0).orElseThrow().getHeight());
            return (int) Math.floor((area.getHeight() - in.getTop() - in.getBottom() + 0.5) / line);
        }).get();
    }

    private StyleClassedTextArea area() {
        return lookup("#letter-editor").queryAs(StyleClassedTextArea.class);
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }
}
