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
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Practice page in the real window, driven from the keyboard and at 1024x768: focus
 * lands in the letter, the checklist drawer opens and closes, and the status bar says what
 * the finding card does not, in full.
 */
class PracticeKeyboardAndDrawerTest extends ApplicationTest {

    /** "[Company Name]" is a template placeholder, which the engine always flags. */
    private static final String LETTER = "Dear [Company Name] team,\nthank you for the interview and for your time.";
    private static final int IN_PLACEHOLDER = LETTER.indexOf('[') + 2;

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
                1024, 768);
        services = window.services();
        wiring = window.wiring();
        themes = window.themes();
    }

    @AfterEach
    void closeStore() throws Exception {
        // Let the draft's autosave land before the store closes.
        await(() -> lookup("#letter-editor").tryQuery().isEmpty() || services.store().drafts()
                .find(services.store().profiles().lastActive().id(), taskId())
                .map(d -> d.text().equals(area().getText())).orElse(area().getText().isEmpty()));
        WaitForAsyncUtils.asyncFx(wiring::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void ctrl2PutsTheFocusInTheLetterEditor() throws Exception {
        interact(() -> shell.show(Page.PRACTICE));
        await(() -> lookup("#letter-editor").tryQuery().isPresent() && area().isEditable());
        StyleClassedTextArea editor = area();
        interact(() -> shell.show(Page.LESSONS));
        await(() -> !editor.isFocused() && focusOwner() != null);

        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);

        await(() -> shell.pageProperty().get() == Page.PRACTICE);
        await(() -> focusOwner() == editor);
        // Typing goes straight into the letter.
        write("Thanks");
        await(() -> editor.getText().contains("Thanks"));
    }

    @Test
    void at1024x768TheChecklistDrawerOpensFromTheScoreButtonAndEscClosesIt() throws Exception {
        openPracticeWithTheLetter();
        Node toggle = lookup("#side-toggle").query();
        await(toggle::isVisible);
        await(() -> !lookup("#checklist").query().isVisible() || !lookup("#side-drawer").query().isVisible());
        // The button shows the score, so the learner sees it without opening the drawer.
        await(() -> ((Labeled) toggle).getText().matches(".*\\d+.*"));

        clickOn("#side-toggle");

        await(() -> lookup("#side-drawer").query().isVisible());
        Node checklist = lookup("#checklist").query();
        await(() -> visibleUpToTheRoot(checklist) && lookup("#criterion-gratitude").tryQuery().isPresent());
        Bounds window = screenBounds(stage.getScene().getRoot());
        Bounds drawn = screenBounds(lookup("#critique-scroll").query());
        assertThat(drawn.getMinX()).as("checklist left edge").isGreaterThanOrEqualTo(window.getMinX() - 0.5);
        assertThat(drawn.getMaxX()).as("checklist right edge").isLessThanOrEqualTo(window.getMaxX() + 0.5);
        assertThat(drawn.getMaxY()).as("checklist bottom edge").isLessThanOrEqualTo(window.getMaxY() + 0.5);
        assertThat(drawn.getWidth()).as("checklist width").isGreaterThan(200);

        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        await(() -> !lookup("#side-drawer").query().isVisible());
        await(() -> focusOwner() == toggle);
    }

    @Test
    void at1024x768TheStatusBarSaysWhatTheCardDoesNotAndIsNeverCut() throws Exception {
        openPracticeWithTheLetter();
        for (int zoom : new int[] {ThemeManager.DEFAULT_ZOOM_STEP, ThemeManager.ZOOM_STEPS.indexOf(21)}) {
            interact(() -> themes.setZoomStep(zoom));
            putTheCaretInTheFlag();
            String message = lookup("#finding-message").queryAs(Labeled.class).getText();
            assertThat(message).isNotBlank();
            // Ctrl+S reports in the status bar while the card is open.
            press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
            await(() -> !lookup("#practice-status").queryAs(Labeled.class).getText().isBlank());
            assertThat(lookup("#finding-card").query().isVisible()).as("card still open").isTrue();

            assertThat(visibleTextsOutsideTheCard(lookup("#practice-page").queryAs(Parent.class)))
                    .as("what the page says besides the card, zoom step " + zoom)
                    .noneMatch(text -> text.contains(message));
            assertDrawnInFull("#practice-status", zoom);

            // The longest line it says: a flag dismissed from the card.
            // Alt+Delete: the card's "This flag is wrong", from the keyboard.
            press(KeyCode.ALT, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.ALT);
            await(() -> lookup("#practice-status").queryAs(Labeled.class).getText().startsWith("Flag dismissed"));
            assertDrawnInFull("#practice-status", zoom);
            for (String id : new String[] {"#word-count", "#last-attempt"}) {
                assertDrawnInFull(id, zoom);
            }
            // A dismissed flag stays dismissed on its words: the next round flags other words.
            interact(() -> area().replaceText(LETTER.replace("[Company Name]", "[Hiring Manager]")));
        }
    }

    private void openPracticeWithTheLetter() throws TimeoutException {
        interact(() -> shell.show(Page.PRACTICE));
        await(() -> lookup("#letter-editor").tryQuery().isPresent() && area().isEditable());
        interact(() -> area().replaceText(LETTER));
        await(() -> area().getStyleOfChar(IN_PLACEHOLDER).stream().anyMatch(s -> s.startsWith("finding-")));
    }

    private void putTheCaretInTheFlag() throws TimeoutException {
        await(() -> area().getStyleOfChar(IN_PLACEHOLDER).stream().anyMatch(s -> s.startsWith("finding-")));
        interact(() -> {
            area().requestFocus();
            area().moveTo(IN_PLACEHOLDER);
        });
        await(() -> lookup("#finding-card").query().isVisible());
    }

    /** The label is wholly inside the window and its text is drawn without an ellipsis. */
    private void assertDrawnInFull(String id, int zoom) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Labeled label = lookup(id).queryAs(Labeled.class);
        Bounds window = screenBounds(stage.getScene().getRoot());
        Bounds bounds = screenBounds(label);
        String where = id + " at 1024x768, zoom step " + zoom;
        assertThat(visibleUpToTheRoot(label)).as(where + " visible").isTrue();
        assertThat(bounds.getMaxX()).as(where + " right edge").isLessThanOrEqualTo(window.getMaxX() + 0.5);
        assertThat(bounds.getMaxY()).as(where + " bottom edge").isLessThanOrEqualTo(window.getMaxY() + 0.5);
        String drawn = WaitForAsyncUtils.asyncFx(() -> ((Text) label.lookup(".text")).getText()).get();
        assertThat(drawn.replace("\n", " ")).as(where + " drawn in full").isEqualTo(label.getText());
    }

    private static java.util.List<String> visibleTextsOutsideTheCard(Parent page) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        collect(page, texts);
        return texts;
    }

    private static void collect(Node node, java.util.List<String> texts) {
        if (!node.isVisible() || "finding-card".equals(node.getId())) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private static boolean visibleUpToTheRoot(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Bounds screenBounds(Node node) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> node.localToScreen(node.getLayoutBounds())).get();
    }

    private Node focusOwner() {
        return stage.getScene().getFocusOwner();
    }

    private String taskId() {
        Object task = lookup("#task-chooser").queryAs(javafx.scene.control.ComboBox.class).getValue();
        return task == null ? "" : ((com.followupcoach.ui.practice.WritingTask) task).id();
    }

    private StyleClassedTextArea area() {
        return lookup("#letter-editor").queryAs(StyleClassedTextArea.class);
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }
}
