package com.followupcoach.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The high-contrast theme reaches WCAG AAA: every text colour it defines is at least 7:1
 * against every background it is drawn on. The colours are read from the theme's own
 * style sheet, so a change there is checked here; translucent colours are laid over the
 * page's background first, as the screen shows them.
 */
class HighContrastTest {

    /** Colours text is drawn in. */
    private static final List<String> TEXT = List.of("-color-fg-default", "-color-fg-muted", "-color-fg-subtle",
            "-color-accent-fg", "-color-success-fg", "-fc-error", "-fc-warning", "-fc-info", "-fc-success", "-fc-ready",
            "-fc-diff-deleted", "-fc-diff-inserted");
    /** Backgrounds any of that text may sit on: pages, cards, panels, banners. */
    private static final List<String> PAGES = List.of("-color-bg-default", "-color-bg-subtle", "-color-bg-overlay",
            "-color-bg-inset", "-color-accent-subtle", "-color-warning-subtle");
    /** Backgrounds under ordinary text only: highlights, tracks, heatmap cells. */
    private static final List<String> HIGHLIGHTS = List.of("-color-neutral-muted", "-color-accent-muted", "-fc-error-bg",
            "-fc-heat-1", "-fc-heat-2", "-fc-heat-3", "-fc-heat-4");

    private static final Pattern VARIABLE = Pattern.compile("(-[-a-z0-9]+)\\s*:\\s*([^;]+);");

    private static Map<String, double[]> colours() throws IOException {
        try (InputStream in = HighContrastTest.class.getResourceAsStream("/assets/themes/high-contrast.css")) {
            assertThat(in).as("high-contrast.css in the build").isNotNull();
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
            Map<String, double[]> colours = new HashMap<>();
            Matcher m = VARIABLE.matcher(css);
            while (m.find()) {
                colours.put(m.group(1), parse(m.group(2).strip()));
            }
            return colours;
        }
    }

    /** #rrggbb or rgba(r, g, b, a) as {r, g, b, a}, channels 0–255. */
    static double[] parse(String value) {
        if (value.startsWith("#") && value.length() == 7) {
            int rgb = Integer.parseInt(value.substring(1), 16);
            return new double[] {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff, 1};
        }
        Matcher rgba = Pattern.compile("rgba\\((\\d+),\\s*(\\d+),\\s*(\\d+),\\s*([0-9.]+)\\)").matcher(value);
        assertThat(rgba.matches()).as("a colour the test reads: " + value).isTrue();
        return new double[] {Double.parseDouble(rgba.group(1)), Double.parseDouble(rgba.group(2)),
                Double.parseDouble(rgba.group(3)), Double.parseDouble(rgba.group(4))};
    }

    static double[] over(double[] top, double[] under) {
        double a = top[3];
        return new double[] {top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1};
    }

    /** WCAG 2 relative luminance. */
    static double luminance(double[] c) {
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255;
            lin[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }

    static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theFormulaMatchesWcagsOwnExamples() {
        assertThat(contrast(parse("#000000"), parse("#ffffff"))).isEqualTo(21.0);
        assertThat(contrast(parse("#777777"), parse("#ffffff"))).isBetween(4.47, 4.49);
    }

    @Test
    void everyTextColourIsAtLeastSevenToOneOnEveryBackground() throws IOException {
        Map<String, double[]> colours = colours();
        double[] page = colours.get("-color-bg-default");
        List<String> failures = new ArrayList<>();
        for (String background : PAGES) {
            for (String text : TEXT) {
                check(colours, text, background, page, failures);
            }
        }
        for (String background : HIGHLIGHTS) {
            check(colours, "-color-fg-default", background, page, failures);
        }
        check(colours, "-color-fg-emphasis", "-color-accent-emphasis", page, failures);
        check(colours, "-color-fg-emphasis", "-color-warning-emphasis", page, failures);
        assertThat(failures).isEmpty();
    }

    private static void check(Map<String, double[]> colours, String text, String background, double[] page,
            List<String> failures) {
        assertThat(colours).as("the high-contrast theme defines its own colours").containsKeys(text, background);
        double[] under = over(colours.get(background), page);
        double ratio = contrast(over(colours.get(text), under), under);
        if (ratio < 7) {
            failures.add(String.format("%s on %s: %.2f:1", text, background, ratio));
        }
    }
}
