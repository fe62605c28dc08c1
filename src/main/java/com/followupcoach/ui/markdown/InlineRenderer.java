package com.followupcoach.ui.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.scene.text.Text;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/** Turns the inline content of one block into styled Text runs. */
final class InlineRenderer extends AbstractVisitor {

    private final List<Text> texts = new ArrayList<>();
    private final Deque<String> styles = new ArrayDeque<>();

    InlineRenderer(String blockStyle) {
        styles.push(blockStyle);
    }

    List<Text> texts() {
        return texts;
    }

    @Override
    public void visit(org.commonmark.node.Text text) {
        add(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        styles.push("md-code");
        add(code.getLiteral());
        styles.pop();
    }

    @Override
    public void visit(Emphasis emphasis) {
        styled(emphasis, "md-emphasis");
    }

    @Override
    public void visit(StrongEmphasis strong) {
        styled(strong, "md-strong");
    }

    @Override
    public void visit(Link link) {
        // Lessons are read offline: a link shows as its text.
        visitChildren(link);
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
        add(" ");
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        add("\n");
    }

    private void styled(Node node, String style) {
        styles.push(style);
        visitChildren(node);
        styles.pop();
    }

    private void add(String literal) {
        Text text = new Text(literal);
        text.getStyleClass().addAll(styles);
        texts.add(text);
    }
}
