package com.followupcoach.ui.workshop;

import com.followupcoach.scoring.group.GroupScoring;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.ButtonBase;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: the README's Workshop screenshots, in presenter mode at one projector size
 * (the system property screenshot.size, default 1920x1080): a slide, a reveal step, the
 * timer, the group table and the heatmap. Writes binary PPM files to screenshot.dir, which
 * ImageMagick turns into PNG ({@code scripts/workshop-screenshots.sh} does both sizes).
 * Tagged "tools", so it runs only when asked.
 */
@Tag("tools")
class WorkshopScreenshots extends ApplicationTest {

    private final WorkshopStage workshop = new WorkshopStage();
    private final int width = Integer.parseInt(System.getProperty("screenshot.size", "1920x1080").split("x")[0]);
    private final int height = Integer.parseInt(System.getProperty("screenshot.size", "1920x1080").split("x")[1]);
    private final Path out = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));

    @Override
    public void start(Stage stage) {
        workshop.folderAnswer = Path.of("src/test/resources/letters-regression-guard").toFile();
        workshop.show(stage, width, height, true, new HeldOutLetters());
        workshop.themes.themeProperty().set(com.followupcoach.ui.theme.Theme.LIGHT);
    }

    @Test
    void take() throws IOException {
        Files.createDirectories(out);
        fire("#present-why-follow-up");
        type(KeyCode.RIGHT);
        type(KeyCode.RIGHT);
        shot("slide");

        type(KeyCode.ESCAPE);
        fire("#sample-harmful-demands-management-accountant");
        for (int i = 0; i < 4; i++) {
            type(KeyCode.RIGHT);
        }
        shot("reveal");

        type(KeyCode.ESCAPE);
        fire("#timed-" + workshop.model.timedExercises().get(1).id());
        type(KeyCode.SPACE);
        workshop.clock.advance(java.time.Duration.ofSeconds(200));
        interact(() -> workshop.model.timer().tick());
        shot("timer");

        type(KeyCode.ESCAPE);
        fire("#open-group");
        fire("#group-choose");
        WaitForAsyncUtils.waitForFxEvents();
        shot("group");
        fire("#group-show-heatmap");
        shot("heatmap");
    }

    private void fire(String id) {
        interact(() -> ((ButtonBase) lookup(id).query()).fire());
    }

    private void shot(String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] taken = new WritableImage[1];
        interact(() -> taken[0] = workshop.view.getScene().snapshot(null));
        WritableImage image = taken[0];
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        byte[] rgb = new byte[w * h * 3];
        for (int i = 0; i < argb.length; i++) {
            rgb[3 * i] = (byte) (argb[i] >> 16);
            rgb[3 * i + 1] = (byte) (argb[i] >> 8);
            rgb[3 * i + 2] = (byte) argb[i];
        }
        try (OutputStream file = Files.newOutputStream(out.resolve("workshop-" + name + "-" + width + "x" + height + ".ppm"))) {
            file.write(("P6\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            file.write(rgb);
        }
    }

    /** The held-out letters as a group of participants. */
    private static final class HeldOutLetters implements GroupFiles {
        @Override
        public FolderLetters read(File folder) {
            try (Stream<Path> files = Files.list(folder.toPath())) {
                List<GroupScoring.Entry> letters = new ArrayList<>();
                for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(12).toList()) {
                    letters.add(new GroupScoring.Entry(letters.size(), file.getFileName().toString(), Files.readString(file)));
                }
                return new FolderLetters(letters, List.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void saveCsv(File file, String csv) {
        }
    }
}
