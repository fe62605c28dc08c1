package com.followupcoach.ui.shell;

import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.FirstFocus;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.theme.Theme;
import com.followupcoach.ui.theme.ThemeManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's frame: the app bar, the navigation and the current page. Pages are made
 * on first visit, so that starting the app costs only what the first page needs.
 */
public final class ShellView extends BorderPane {

    private static final PseudoClass PRESENTER = PseudoClass.getPseudoClass("presenter");

    private final ShellViewModel model;
    private final Map<Page, Supplier<Node>> factories;
    private final Map<Page, Node> made = new EnumMap<>(Page.class);
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();

    public ShellView(ShellViewModel model, ThemeManager themes, ProfilesViewModel profiles,
                     Map<Page, Supplier<Node>> factories, String credit) {
        this.model = model;
        this.factories = new EnumMap<>(factories);
        setId("shell");
        VBox top = new VBox(appBar(themes, profiles), warningBanner());
        setTop(top);
        // Presenter mode shows only the page: the app bar (profile, theme, zoom) and the notices
        // step aside until it ends. F5 and Ctrl+1…4 still work.
        top.visibleProperty().bind(themes.presenterProperty().not());
        top.managedProperty().bind(top.visibleProperty());
        themes.presenterProperty().addListener((obs, was, now) -> pseudoClassStateChanged(PRESENTER, now));
        pseudoClassStateChanged(PRESENTER, themes.presenterProperty().get());
        VBox navigation = navigationBar(credit);
        setLeft(navigation);
        // On a projector the slides need the width; Ctrl+1…4 and F5 still move between pages.
        navigation.visibleProperty().bind(themes.presenterProperty().not());
        navigation.managedProperty().bind(navigation.visibleProperty());
        setCenter(content);
        content.getStyleClass().add("page-container");
        model.pageProperty().addListener((obs, old, now) -> showPage(now));
        showPage(model.pageProperty().get());
        // At start-up the page is made before the window shows it: focus it once it does.
        // The app shows a light first screen, then makes this the root of a window already shown.
        sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                return;
            }
            if (now.getWindow() != null && now.getWindow().isShowing()) {
                Platform.runLater(() -> FirstFocus.focus(content));
            }
            now.windowProperty().addListener((o, was, window) -> {
                if (window != null) {
                    window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> FirstFocus.focus(content));
                }
            });
        });
    }

    private HBox appBar(ThemeManager themes, ProfilesViewModel profiles) {
        Label title = new Label(Messages.get("app.title"), FontIcon.of(AppIcon.EMAIL_EDIT_OUTLINE));
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.setId("theme-choice");
        theme.getItems().setAll(Theme.values());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme value) {
                return value == null ? "" : Messages.get("theme." + value.id());
            }

            @Override
            public Theme fromString(String text) {
                return null;
            }
        });
        theme.valueProperty().bindBidirectional(themes.themeProperty());
        theme.setTooltip(new Tooltip(Messages.get("theme.tooltip")));
        theme.setAccessibleText(Messages.get("theme.tooltip"));

        Button smaller = zoomButton("zoom-out", AppIcon.MAGNIFY_MINUS_OUTLINE, "zoom.out");
        smaller.setOnAction(e -> themes.zoomOut());
        Button larger = zoomButton("zoom-in", AppIcon.MAGNIFY_PLUS_OUTLINE, "zoom.in");
        larger.setOnAction(e -> themes.zoomIn());
        Label zoom = new Label();
        zoom.setId("zoom-level");
        zoom.getStyleClass().add("muted");
        zoom.textProperty().bind(themes.zoomStepProperty().map(s -> Math.round(themes.zoomFactor() * 100) + "%"));

        HBox bar = new HBox(title, spacer, new ProfileSwitcher(profiles), theme, smaller, zoom, larger);
        bar.getStyleClass().add("app-bar");
        return bar;
    }

    private static Button zoomButton(String id, org.kordamp.ikonli.Ikon icon, String key) {
        Button button = new Button(null, FontIcon.of(icon));
        button.setId(id);
        button.getStyleClass().addAll("button-icon", "flat");
        button.setTooltip(new Tooltip(Messages.get(key)));
        button.setAccessibleText(Messages.get(key));
        return button;
    }

    private VBox warningBanner() {
        VBox banner = new VBox();
        banner.setId("notices");
        Runnable redraw = () -> banner.getChildren().setAll(model.notices().stream().map(this::notice).toList());
        model.notices().addListener((ListChangeListener<String>) change -> redraw.run());
        redraw.run();
        return banner;
    }

    private HBox notice(String message) {
        Label text = new Label(message);
        text.getStyleClass().add("notice-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button(null, FontIcon.of(AppIcon.CLOSE));
        close.getStyleClass().addAll("button-icon", "flat", "notice-close");
        close.setTooltip(new Tooltip(Messages.get("notice.close")));
        close.setAccessibleText(Messages.get("notice.close"));
        close.setOnAction(e -> model.dismiss(message));
        HBox row = new HBox(8, text, close);
        row.getStyleClass().add("warning-banner");
        row.setAccessibleText(message);
        return row;
    }

    private VBox navigationBar(String credit) {
        VBox bar = new VBox();
        bar.getStyleClass().add("nav-bar");
        bar.addEventFilter(KeyEvent.KEY_PRESSED, this::navigationKey);
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(Messages.get("nav." + page.id()), FontIcon.of(page.icon()));
            button.setId("nav-" + page.id());
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(navigation);
            button.setUserData(page);
            button.setMaxWidth(Double.MAX_VALUE);
            bar.getChildren().add(button);
        }
        // A page stays selected: clicking the current one again must not leave none.
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                navigation.selectToggle(old);
            } else {
                model.show((Page) now.getUserData());
            }
        });
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label creditLabel = new Label(credit);
        creditLabel.setId("credit");
        creditLabel.getStyleClass().add("nav-credit");
        creditLabel.setWrapText(true);
        bar.getChildren().addAll(spacer, creditLabel);
        return bar;
    }

    /**
     * The bar is a vertical list: Up and Down move focus along it and Enter or Space opens
     * the page. Left and Right do not switch pages here: a page that turns screens with them
     * (a lesson) filters them on the scene first, even while a navigation item has focus.
     */
    private void navigationKey(KeyEvent event) {
        if (!(event.getTarget() instanceof ToggleButton current) || current.getToggleGroup() != navigation) {
            return;
        }
        List<Toggle> toggles = navigation.getToggles();
        int index = toggles.indexOf(current);
        switch (event.getCode()) {
            case UP, KP_UP -> ((Node) toggles.get(Math.max(0, index - 1))).requestFocus();
            case DOWN, KP_DOWN -> ((Node) toggles.get(Math.min(toggles.size() - 1, index + 1))).requestFocus();
            case LEFT, RIGHT, KP_LEFT, KP_RIGHT -> {
                // Nothing: a page listening on the scene has already had its turn.
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void showPage(Page page) {
        Node node = made.computeIfAbsent(page, p -> factories.get(p).get());
        content.getChildren().setAll(node);
        for (Toggle toggle : navigation.getToggles()) {
            if (toggle.getUserData() == page && !toggle.isSelected()) {
                navigation.selectToggle(toggle);
            }
        }
        // Focus goes to the page, not back to the first control of the window.
        FirstFocus.focus(node);
    }
}
