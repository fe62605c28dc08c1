package com.followupcoach.ui.workshop;

import com.followupcoach.ui.workshop.WorkshopViewModel.Blank;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The Workshop page. In presenter mode its text is sized for the screen rather than the
 * zoom: a 1920×1080 projector gets 24 px to the em (slide text 48 px, letters and cards
 * 36 px), and a smaller one proportionally less, so a slide looks the same everywhere.
 */
public final class WorkshopView extends StackPane {

    /** The stage size the presenter sizes are set for, and its em. */
    static final double DESIGN_WIDTH = 1920;
    static final double DESIGN_HEIGHT = 1080;
    static final double DESIGN_EM = 24;
    private static final PseudoClass PRESENTER = PseudoClass.getPseudoClass("presenter");

    private final WorkshopViewModel model;
    private final BooleanProperty presenterMode;
    private final Supplier<List<Rectangle2D>> screens;
    private final StackPane content = new StackPane();
    private final WorkshopPickers pickers;
    /** Each screen is made when first shown, and kept: most sessions use two or three of six. */
    private final Map<WorkshopViewModel.Mode, Node> made = new EnumMap<>(WorkshopViewModel.Mode.class);
    private final NotesPanel notes;
    private final Region blank = new Region();
    private final EventHandler<KeyEvent> clicker = this::clicker;
    private NotesWindow notesWindow;

    public WorkshopView(WorkshopViewModel model, BooleanProperty presenterMode) {
        this(model, presenterMode, WorkshopPickers.dialogs(),
                () -> Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
    }

    /** @param screens the screens attached, the main one first (tests pretend to have two) */
    public WorkshopView(WorkshopViewModel model, BooleanProperty presenterMode, WorkshopPickers pickers,
                        Supplier<List<Rectangle2D>> screens) {
        this.model = model;
        this.presenterMode = presenterMode;
        this.screens = screens;
        setId("workshop-page");
        getStyleClass().add("workshop");
        this.pickers = pickers;
        notes = new NotesPanel(model, "notes-panel");
        notes.setVisible(false);
        notes.managedProperty().bind(notes.visibleProperty());
        VBox.setVgrow(content, Priority.ALWAYS);
        content.setId("workshop-stage");
        VBox column = new VBox(content, notes);
        blank.setId("blank-screen");
        blank.getStyleClass().add("blank-screen");
        blank.setVisible(false);
        blank.setOnMouseClicked(e -> model.blank(Blank.NONE));
        getChildren().addAll(column, blank);

        model.modeProperty().addListener((obs, old, now) -> show(now));
        model.blankProperty().addListener((obs, old, now) -> showBlank(now));
        model.notesShownProperty().addListener((obs, old, now) -> placeNotes());
        presenterMode.addListener((obs, was, now) -> {
            pseudoClassStateChanged(PRESENTER, now);
            fitToScreen();
            placeNotes();
        });
        pseudoClassStateChanged(PRESENTER, presenterMode.get());
        widthProperty().addListener((obs, old, now) -> fitToScreen());
        heightProperty().addListener((obs, old, now) -> fitToScreen());
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, clicker);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, clicker);
            }
            placeNotes();
        });
        show(model.modeProperty().get());
    }

    /** The em of presenter mode for this size: the design size's, scaled to fit. */
    static double presenterEm(double width, double height) {
        return DESIGN_EM * Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT);
    }

    private void fitToScreen() {
        if (presenterMode.get() && getWidth() > 0 && getHeight() > 0) {
            // A font size is layout, not colour; every size below it is in em.
            content.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", presenterEm(getWidth(), getHeight())));
        } else {
            content.setStyle("");
        }
    }

    private void show(WorkshopViewModel.Mode mode) {
        Node page = made.computeIfAbsent(mode, this::make);
        content.getChildren().setAll(page);
        // After the model has also set the lesson or letter, so the buttons are in their new state.
        if (page instanceof SlidesView slides) {
            Platform.runLater(slides::focusControls);
        } else if (page instanceof WalkthroughView walkthrough) {
            Platform.runLater(walkthrough::focusControls);
        } else if (page instanceof LiveLetterView live) {
            Platform.runLater(live::focusText);
        }
    }

    private Node make(WorkshopViewModel.Mode mode) {
        return switch (mode) {
            case HOME -> new WorkshopHome(model, presenterMode);
            case SLIDES -> new SlidesView(model, presenterMode);
            case WALKTHROUGH -> new WalkthroughView(model, presenterMode);
            case TIMER -> new TimerView(model, presenterMode);
            case GROUP -> new GroupView(model, pickers, presenterMode);
            case LIVE -> new LiveLetterView(model, presenterMode);
        };
    }

    private void showBlank(Blank colour) {
        blank.getStyleClass().removeAll("blank-black", "blank-white");
        if (colour != Blank.NONE) {
            blank.getStyleClass().add("blank-" + colour.name().toLowerCase(Locale.ROOT));
        }
        blank.setVisible(colour != Blank.NONE);
    }

    /**
     * Notes go to a second screen when there is one in presenter mode, so the projector
     * shows only the slide; otherwise N shows them under the slide.
     */
    private void placeNotes() {
        List<Rectangle2D> attached = screens.get();
        boolean secondScreen = presenterMode.get() && attached.size() > 1 && getScene() != null;
        if (secondScreen) {
            if (notesWindow == null) {
                notesWindow = new NotesWindow(model);
            }
            Window main = getScene().getWindow();
            notesWindow.show(main, otherScreen(attached, main));
        } else if (notesWindow != null) {
            notesWindow.hide();
        }
        notes.setVisible(!secondScreen && model.notesShownProperty().get());
    }

    private static Rectangle2D otherScreen(List<Rectangle2D> attached, Window main) {
        double x = main == null ? 0 : main.getX() + main.getWidth() / 2;
        double y = main == null ? 0 : main.getY() + main.getHeight() / 2;
        return attached.stream().filter(s -> !s.contains(x, y)).findFirst().orElse(attached.get(1));
    }

    /** Whether the trainer's notes are on a second screen now. */
    boolean notesOnSecondScreen() {
        return notesWindow != null && notesWindow.isShowing();
    }

    private void clicker(KeyEvent event) {
        if (getScene() == null || !isVisible()) {
            return;
        }
        Scene scene = getScene();
        Node focused = scene.getFocusOwner();
        boolean typing = focused instanceof TextInputControl input && input.isEditable();
        if (ClickerKeys.handle(model, event, typing)) {
            event.consume();
        }
    }
}
