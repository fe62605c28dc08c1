package com.followupcoach.ui.theme;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Applies the theme and the zoom step to a scene. Presenter mode is not a second UI: it
 * is a large zoom step, because every size in the style sheets is in em.
 */
public final class ThemeManager {

    /** Root font sizes in px; 14 is AtlantaFX's default. */
    public static final List<Integer> ZOOM_STEPS = List.of(11, 12, 14, 16, 18, 21, 24, 28, 32);
    public static final int DEFAULT_ZOOM_STEP = ZOOM_STEPS.indexOf(14);
    public static final int PRESENTER_ZOOM_STEP = ZOOM_STEPS.indexOf(24);

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ReadOnlyIntegerWrapper zoomStep = new ReadOnlyIntegerWrapper(DEFAULT_ZOOM_STEP);
    private final BooleanProperty presenter = new SimpleBooleanProperty(false);
    private int stepBeforePresenting = DEFAULT_ZOOM_STEP;

    public ThemeManager() {
        theme.addListener((obs, old, now) -> applyTheme());
        zoomStep.addListener((obs, old, now) -> applyZoom());
        presenter.addListener((obs, was, now) -> {
            if (now) {
                stepBeforePresenting = zoomStep.get();
                setZoomStep(Math.max(PRESENTER_ZOOM_STEP, zoomStep.get()));
            } else {
                setZoomStep(stepBeforePresenting);
            }
        });
    }
    private Scene scene;

    /** Styles the scene from now on, including any root it is given later. */
    public void attach(Scene scene) {
        this.scene = Objects.requireNonNull(scene);
        // The zoom is an inline font size on the root, so a new root needs it again.
        scene.rootProperty().addListener((obs, old, now) -> applyZoom());
        applyZoom();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Workshop (projector) mode: text large enough to read from the back of a room. */
    public BooleanProperty presenterProperty() {
        return presenter;
    }

    /** The zoom as a factor of the default size, as the settings keep it. */
    public double zoomFactor() {
        return fontSize() / (double) ZOOM_STEPS.get(DEFAULT_ZOOM_STEP);
    }

    /** Goes to the zoom step nearest to a factor of the default size. */
    public void setZoomFactor(double factor) {
        double wanted = factor * ZOOM_STEPS.get(DEFAULT_ZOOM_STEP);
        int nearest = DEFAULT_ZOOM_STEP;
        for (int i = 0; i < ZOOM_STEPS.size(); i++) {
            if (Math.abs(ZOOM_STEPS.get(i) - wanted) < Math.abs(ZOOM_STEPS.get(nearest) - wanted)) {
                nearest = i;
            }
        }
        setZoomStep(nearest);
    }

    public ReadOnlyIntegerProperty zoomStepProperty() {
        return zoomStep.getReadOnlyProperty();
    }

    public int fontSize() {
        return ZOOM_STEPS.get(zoomStep.get());
    }

    public void zoomIn() {
        setZoomStep(zoomStep.get() + 1);
    }

    public void zoomOut() {
        setZoomStep(zoomStep.get() - 1);
    }

    public void resetZoom() {
        setZoomStep(DEFAULT_ZOOM_STEP);
    }

    public void setZoomStep(int step) {
        zoomStep.set(Math.max(0, Math.min(ZOOM_STEPS.size() - 1, step)));
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(theme.get().userAgentStylesheet());
        if (scene != null) {
            scene.getStylesheets().setAll(sheet("app.css"), sheet(theme.get().colourSheet()), iconSheet());
        }
    }

    private void applyZoom() {
        Parent root = scene == null ? null : scene.getRoot();
        if (root != null) {
            // A font size is layout, not colour: the one inline style the app sets.
            root.setStyle("-fx-font-size: " + fontSize() + "px;");
            applyTheme();
        }
    }

    /**
     * Ikonli reads icon sizes in pixels only (an em size breaks its styling), so the icons
     * follow the zoom through a small generated style sheet.
     */
    private String iconSheet() {
        String css = ".ikonli-font-icon { -fx-icon-size: " + Math.round(fontSize() * 1.2) + "px; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A theme style sheet, in the binary form the build compiles it to
     * ({@code app/BinaryStyleSheets}) when there is one: JavaFX then reads it without parsing.
     */
    private static String sheet(String name) {
        URL binary = ThemeManager.class.getResource("/assets/themes/" + name.replaceFirst("\\.css$", ".bss"));
        URL url = binary != null ? binary : ThemeManager.class.getResource("/assets/themes/" + name);
        if (url == null) {
            throw new IllegalStateException("style sheet missing from the build: " + name);
        }
        return url.toExternalForm();
    }
}
