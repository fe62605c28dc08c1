package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The app loads its theme style sheets in the binary form the build compiles (BinaryStyleSheets):
 * each must say exactly what its source says, so that no edit of a .css is lost to a stale .bss.
 */
class BinaryStyleSheetsTest {

    @Test
    void everyThemeSheetHasABinaryTwinWithTheSameRules() throws IOException {
        for (String name : List.of("app", "light", "dark", "high-contrast")) {
            URL css = BinaryStyleSheetsTest.class.getResource("/assets/themes/" + name + ".css");
            URL bss = BinaryStyleSheetsTest.class.getResource("/assets/themes/" + name + ".bss");
            assertThat(bss).as("%s.bss, made by the build", name).isNotNull();

            Stylesheet parsed = new CssParser().parse(css);
            Stylesheet binary = Stylesheet.loadBinary(bss);

            assertThat(parsed.getRules()).as(name).isNotEmpty();
            assertThat(rules(binary)).as(name).isEqualTo(rules(parsed));
        }
    }

    /** Each rule's selectors and declarations (property, value, importance), as text. */
    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(BinaryStyleSheetsTest::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getSelectors() + " { " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + ": " + d.getParsedValue() + (d.isImportant() ? " !important" : ""))
                .collect(Collectors.joining("; ")) + " }";
    }
}
