package com.followupcoach.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;

/**
 * The app's own icon list shows the glyphs Ikonli's Material Design 2 enums would: each
 * description is one the font's handler knows, with the same code and the same name.
 */
class AppIconTest {

    @Test
    void everyIconIsTheFontsOwnGlyph() throws ReflectiveOperationException {
        for (AppIcon icon : AppIcon.values()) {
            IkonHandler handler = handlerOf(icon);

            assertThat(handler.supports(icon.getDescription())).as(icon.name()).isTrue();
            Ikon library = handler.resolve(icon.getDescription());
            assertThat(library.getCode()).as(icon.name()).isEqualTo(icon.getCode());
            assertThat(((Enum<?>) library).name()).isEqualTo(icon.name());
        }
    }

    /** The handler of the icon's letter: "mdi2c-check" belongs to MaterialDesignCIkonHandler. */
    private static IkonHandler handlerOf(AppIcon icon) throws ReflectiveOperationException {
        String description = icon.getDescription();
        assertThat(description).as(icon.name()).matches("mdi2[a-z]-[a-z0-9-]+");
        String letter = description.substring(4, 5).toUpperCase(java.util.Locale.ROOT);
        return (IkonHandler) Class.forName("org.kordamp.ikonli.materialdesign2.MaterialDesign" + letter + "IkonHandler")
                .getConstructor().newInstance();
    }
}
