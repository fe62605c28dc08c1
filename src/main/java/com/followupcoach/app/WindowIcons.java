package com.followupcoach.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app's icon (assets/icons, rendered from its SVG) in every size a window manager picks from. */
final class WindowIcons {

    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private WindowIcons() {
    }

    static void install(Stage stage) {
        stage.getIcons().setAll(SIZES.stream().map(WindowIcons::load).toList());
    }

    private static Image load(int size) {
        String path = "/assets/icons/followup-coach-" + size + ".png";
        try (InputStream in = WindowIcons.class.getResourceAsStream(path)) {
            if (in == null) {
                // the icons are built into the app: a missing one is a packaging fault
                throw new IllegalStateException("missing app icon " + path);
            }
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
