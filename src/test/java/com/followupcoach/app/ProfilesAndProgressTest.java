package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.cli.DesktopOptions;
import com.followupcoach.ui.shell.ShellViewModel;
import com.followupcoach.ui.theme.ThemeManager;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a temp data folder: two learners, each with their own letters on the
 * dashboard and their own draft in Practice, switched from the app bar.
 */
class ProfilesAndProgressTest extends ApplicationTest {

    @TempDir
    static Path dataDir;

    private AppWiring wiring;

    @Override
    public void start(Stage stage) {
        AppServices services = AppServices.load(new DesktopOptions(false, Optional.of(dataDir), Optional.empty()));
        ThemeManager themes = new ThemeManager();
        ShellViewModel shell = new ShellViewModel();
        wiring = new AppWiring(services, new DesktopOptions(false, Optional.empty(), Optional.empty()), themes, shell);
        Scene scene = new Scene(wiring.view(), 1280, 800);
        themes.attach(scene);
        Shortcuts.install(scene, stage, shell, themes);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeStore() throws Exception {
        WaitForAsyncUtils.asyncFx(wiring::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void eachLearnerSeesTheirOwnProgressAndDraft() throws TimeoutException {
        // A new learner starts on the empty state, which says what to do first; reached from the
        // keyboard, its button has focus, so Enter starts the first lesson.
        clickOn("#nav-lessons");
        press(KeyCode.SHORTCUT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.SHORTCUT);
        await(() -> visible("#progress-empty") && "start-first-lesson".equals(focusedId()));

        // The first start made one learner ("Me"); a second one is added from the app bar.
        createProfile("Bo");

        // Bo writes and submits a letter.
        clickOn("#nav-practice");
        await(() -> lookup("#letter-editor").queryAs(StyleClassedTextArea.class).isEditable());
        clickOn("#letter-editor").write("Thank you, Ms Shah.");
        clickOn("#submit-attempt");
        await(() -> text("#last-attempt").matches(".*\\d+ / 100.*"));
        clickOn("#nav-progress");
        await(() -> "1".equals(text("#letters-submitted")));
        assertThat(text("#progress-learner")).contains("Bo");

        // Me has done nothing yet: an empty dashboard and a blank draft.
        switchTo("Me");
        await(() -> visible("#progress-empty") && text("#progress-learner").contains("Me"));
        clickOn("#nav-practice");
        // The draft is read off the FX thread; the editor takes typing once it has come.
        await(() -> editorText().isEmpty() && lookup("#letter-editor").queryAs(StyleClassedTextArea.class).isEditable());
        clickOn("#letter-editor").write("My draft.");

        // Back to Bo: his letter counts again, and his draft is where he left it.
        switchTo("Bo");
        await(() -> editorText().equals("Thank you, Ms Shah."));
        clickOn("#nav-progress");
        await(() -> "1".equals(text("#letters-submitted")) && text("#progress-learner").contains("Bo"));

        // And Me's draft was kept under Me.
        switchTo("Me");
        clickOn("#nav-practice");
        await(() -> editorText().equals("My draft."));
    }

    private void createProfile(String name) throws TimeoutException {
        clickOn("#profile-switcher");
        clickOn("#profile-new");
        await(() -> lookup("#profile-name-field").tryQuery().isPresent());
        clickOn("#profile-name-field").write(name);
        clickOn("#profile-name-ok");
        await(() -> name.equals(switcherText()));
    }

    private void switchTo(String name) throws TimeoutException {
        MenuButton switcher = lookup("#profile-switcher").queryAs(MenuButton.class);
        String item = switcher.getItems().stream().filter(i -> name.equals(i.getText())).findFirst().orElseThrow().getId();
        clickOn(switcher);
        clickOn("#" + item);
        await(() -> name.equals(switcherText()));
    }

    private String focusedId() {
        Node owner = lookup("#progress-learner").query().getScene().getFocusOwner();
        return owner == null ? "" : String.valueOf(owner.getId());
    }

    private String switcherText() {
        return lookup("#profile-switcher").queryAs(MenuButton.class).getText();
    }

    private String text(String query) {
        return lookup(query).tryQueryAs(Labeled.class).map(Labeled::getText).orElse("");
    }

    private boolean visible(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private String editorText() {
        return lookup("#letter-editor").queryAs(StyleClassedTextArea.class).getText();
    }

    /** Waits until the condition holds, reading the scene on the FX thread as the app does. */
    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }
}
