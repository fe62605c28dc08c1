package com.followupcoach.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.ui.common.FirstFocus;
import com.followupcoach.ui.theme.ThemeManager;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The window's frame: notices that close and always appear, and where focus goes. */
class ShellViewTest extends ApplicationTest {

    private static final LearnerProfile ME = new LearnerProfile(1, "Me");
    private static final String RESTORED = "Your draft was restored after the app closed unexpectedly.";

    private final ShellViewModel model = new ShellViewModel();

    @Override
    public void start(Stage stage) {
        Map<Page, Supplier<Node>> pages = new EnumMap<>(Page.class);
        for (Page page : Page.values()) {
            pages.put(page, () -> page(page));
        }
        ProfilesViewModel profiles = new ProfilesViewModel(new FakeProfileDirectory(ME), new ActiveProfile(ME),
                Runnable::run, java.util.List.of(ME));
        ThemeManager themes = new ThemeManager();
        model.warn(RESTORED);
        Scene scene = new Scene(new ShellView(model, themes, profiles, pages, "credit"), 1024, 768);
        themes.attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** A page whose first meaningful control is its second button, as a real page may mark. */
    private static Node page(Page page) {
        Button other = new Button("Other " + page.id());
        other.setId(page.id() + "-other");
        Button first = FirstFocus.mark(new Button("Start " + page.id()));
        first.setId(page.id() + "-first");
        return new VBox(other, first);
    }

    @Test
    void theRestoredDraftNoticeClosesWithItsX() {
        clickOn(".notice-close");

        assertThat(model.notices()).isEmpty();
        assertThat(lookup(".warning-banner").tryQuery()).isEmpty();
    }

    @Test
    void theNoticeClosesWithASlowClick() {
        moveTo(".notice-close");
        press(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        release(MouseButton.PRIMARY);

        assertThat(lookup(".warning-banner").tryQuery()).isEmpty();
    }

    @Test
    void theNoticeClosesWithSpaceOnItsFocusedX() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> lookup(".notice-close").query().requestFocus()).get(5, TimeUnit.SECONDS);

        type(KeyCode.SPACE);

        assertThat(lookup(".warning-banner").tryQuery()).isEmpty();
    }

    @Test
    void aNoticeRaisedLaterAppearsEvenAfterAGarbageCollection() throws Exception {
        clickOn(".notice-close");
        // The listener once hung on a throwaway wrapper of the list; a collection dropped it.
        for (int i = 0; i < 3; i++) {
            System.gc();
        }

        WaitForAsyncUtils.asyncFx(() -> model.warn("Could not save your draft: the disk is full.")).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup(".notice-text").queryLabeled().getText()).isEqualTo("Could not save your draft: the disk is full.");
        clickOn(".notice-close");
        assertThat(lookup(".warning-banner").tryQuery()).isEmpty();
    }

    @Test
    void afterAPageSwitchFocusIsOnThePagesFirstMeaningfulControl() {
        clickOn("#nav-progress");

        assertThat(focused()).isEqualTo("progress-first");
    }

    @Test
    void upAndDownMoveAlongTheNavigationAndLeftOrRightSwitchNothing() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> lookup("#nav-lessons").query().requestFocus()).get(5, TimeUnit.SECONDS);

        type(KeyCode.DOWN);
        assertThat(focused()).isEqualTo("nav-practice");
        type(KeyCode.RIGHT);
        type(KeyCode.LEFT);
        assertThat(model.pageProperty().get()).isEqualTo(Page.LESSONS);

        type(KeyCode.SPACE);
        assertThat(model.pageProperty().get()).isEqualTo(Page.PRACTICE);
        assertThat(focused()).isEqualTo("practice-first");
    }

    private String focused() {
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = lookup("#shell").query().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
