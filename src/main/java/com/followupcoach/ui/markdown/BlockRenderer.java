package com.followupcoach.ui.markdown;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/** Turns Markdown blocks into nodes: one TextFlow a paragraph or heading. */
final class BlockRenderer extends AbstractVisitor {

    private final List<javafx.scene.Node> blocks = new ArrayList<>();

    List<javafx.scene.Node> blocks() {
        return blocks;
    }

    @Override
    public void visit(Heading heading) {
        TextFlow flow = inline(heading, "md-h" + Math.min(3, heading.getLevel()));
        flow.getStyleClass().add("md-heading");
        blocks.add(flow);
    }

    @Override
    public void visit(Paragraph paragraph) {
        blocks.add(inline(paragraph, "md-text"));
    }

    @Override
    public void visit(BlockQuote quote) {
        blocks.add(nested(quote, "md-quote"));
    }

    @Override
    public void visit(BulletList list) {
        blocks.add(items(list, false, 1));
    }

    @Override
    public void visit(OrderedList list) {
        blocks.add(items(list, true, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber()));
    }

    @Override
    public void visit(ThematicBreak rule) {
        VBox line = new VBox();
        line.getStyleClass().add("md-rule");
        blocks.add(line);
    }

    private VBox items(Node list, boolean numbered, int first) {
        VBox box = new VBox(4);
        box.getStyleClass().add("md-list");
        int number = first;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                Text marker = new Text(numbered ? (number++) + "." : "\u2022");
                marker.getStyleClass().addAll("md-text", "md-bullet");
                VBox content = nested(item, "md-list-item");
                HBox.setHgrow(content, Priority.ALWAYS);
                TextFlow markerFlow = new TextFlow(marker);
                // The marker keeps its width; only the item's text wraps.
                markerFlow.setMinWidth(Region.USE_PREF_SIZE);
                HBox row = new HBox(8, markerFlow, content);
                box.getChildren().add(row);
            }
        }
        return box;
    }

    private static VBox nested(Node parent, String styleClass) {
        BlockRenderer inner = new BlockRenderer();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            child.accept(inner);
        }
        VBox box = new VBox(6);
        box.getStyleClass().add(styleClass);
        box.getChildren().setAll(inner.blocks());
        return box;
    }

    private static TextFlow inline(Node block, String styleClass) {
        InlineRenderer inline = new InlineRenderer(styleClass);
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            child.accept(inline);
        }
        TextFlow flow = new TextFlow();
        flow.getChildren().setAll(inline.texts());
        flow.getStyleClass().add("lesson-text");
        return flow;
    }
}
