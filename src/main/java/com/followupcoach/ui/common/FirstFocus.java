package com.followupcoach.ui.common;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Where keyboard focus goes after a page or a screen changes: the control a page marked as
 * its first meaningful one, else its first control that takes focus. Without this, focus
 * falls back to the window's first control (the profile menu), six Tabs from the page.
 */
public final class FirstFocus {

    private static final String MARK = FirstFocus.class.getName();

    private FirstFocus() {
    }

    /** Marks the control that should have focus when its page is shown. */
    public static <T extends Node> T mark(T node) {
        node.getProperties().put(MARK, Boolean.TRUE);
        return node;
    }

    /** Gives focus to the first marked control of {@code page}, else to its first focusable one. */
    public static void focus(Node page) {
        if (page.getScene() != null) {
            // A page seen for the first time has no skins yet, so a scroll pane's content is
            // not among its children: style it now to find the controls.
            page.applyCss();
        }
        find(page).ifPresent(Node::requestFocus);
    }

    /** The control {@link #focus} would choose, if any can take focus now. */
    public static Optional<Node> find(Node page) {
        return first(page, true).or(() -> first(page, false));
    }

    /** The control holding keyboard focus, if it is {@code page} or inside it. */
    public static Optional<Node> ownerWithin(Node page) {
        Node owner = page.getScene() == null ? null : page.getScene().getFocusOwner();
        for (Node node = owner; node != null; node = node.getParent()) {
            if (node == page) {
                return Optional.of(owner);
            }
        }
        return Optional.empty();
    }

    private static Optional<Node> first(Node node, boolean markedOnly) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node.isFocusTraversable() && !(node instanceof ScrollPane) && (!markedOnly || node.getProperties().containsKey(MARK))) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = first(child, markedOnly);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
