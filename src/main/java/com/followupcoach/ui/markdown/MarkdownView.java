package com.followupcoach.ui.markdown;

import javafx.scene.layout.VBox;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Lesson text rendered as JavaFX nodes, without a WebView: headings, paragraphs,
 * emphasis, lists and block quotes. Sizes come from the style sheet in em, so the text
 * follows every zoom step.
 */
public final class MarkdownView extends VBox {

    private static final Parser PARSER = Parser.builder().build();

    public MarkdownView() {
        getStyleClass().add("markdown");
        setSpacing(10);
        setFillWidth(true);
    }

    public MarkdownView(String markdown) {
        this();
        show(markdown);
    }

    public void show(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        BlockRenderer renderer = new BlockRenderer();
        document.accept(renderer);
        getChildren().setAll(renderer.blocks());
    }
}
