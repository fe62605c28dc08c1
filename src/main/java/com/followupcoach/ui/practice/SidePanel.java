package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The writing column with the score and checklist beside it, or, when the page is too
 * narrow for both (a small screen, a large zoom, presenter mode), in a drawer that the
 * header's button opens over the letter. The checklist is never squeezed or clipped.
 */
final class SidePanel extends StackPane {

    /** Below this page width, in units of the font size, the side column becomes a drawer. */
    static final double TWO_COLUMNS_FROM_EM = 66;

    private final ScrollPane side;
    private final HBox body;
    private final VBox drawer;
    private final Button toggle;
    private final Button close = new Button(Messages.get("practice.side.close"), FontIcon.of(AppIcon.CLOSE));
    private final ReadOnlyBooleanWrapper narrow = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty open = new SimpleBooleanProperty(false);

    SidePanel(Region critique, WritingColumn column, Button toggle) {
        this.toggle = toggle;
        side = new ScrollPane(critique);
        side.setId("critique-scroll");
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().addAll("edge-to-edge", "critique-side");
        side.setMinWidth(Region.USE_PREF_SIZE);

        HBox holder = new HBox(column);
        holder.setAlignment(Pos.TOP_CENTER);
        holder.setMinWidth(0);
        HBox.setHgrow(column, Priority.ALWAYS);
        HBox.setHgrow(holder, Priority.ALWAYS);
        body = new HBox(holder, side);
        body.setMinWidth(0);

        close.setId("side-close");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> closeDrawer());
        HBox closeRow = new HBox(close);
        closeRow.setAlignment(Pos.CENTER_RIGHT);
        drawer = new VBox(4, closeRow);
        drawer.setId("side-drawer");
        drawer.getStyleClass().add("side-drawer");
        drawer.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane.setAlignment(drawer, Pos.TOP_RIGHT);
        drawer.visibleProperty().bind(narrow.getReadOnlyProperty().and(open));
        drawer.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                closeDrawer();
                e.consume();
            }
        });
        setMinWidth(0);
        getChildren().addAll(body, drawer);

        toggle.visibleProperty().bind(narrow.getReadOnlyProperty());
        toggle.managedProperty().bind(toggle.visibleProperty());
        toggle.setOnAction(e -> {
            if (open.get()) {
                closeDrawer();
            } else {
                open.set(true);
                close.requestFocus();
            }
        });
        widthProperty().addListener((obs, old, now) -> updateMode());
        toggle.fontProperty().addListener((obs, old, now) -> updateMode());
    }

    /** True when the score and checklist are in the drawer rather than beside the letter. */
    ReadOnlyBooleanProperty narrowProperty() {
        return narrow.getReadOnlyProperty();
    }

    private void closeDrawer() {
        open.set(false);
        if (toggle.isVisible()) {
            toggle.requestFocus();
        }
    }

    private void updateMode() {
        boolean tooNarrow = getWidth() > 0 && getWidth() < TWO_COLUMNS_FROM_EM * toggle.getFont().getSize();
        if (tooNarrow == narrow.get()) {
            return;
        }
        narrow.set(tooNarrow);
        if (tooNarrow) {
            body.getChildren().remove(side);
            drawer.getChildren().add(side);
            VBox.setVgrow(side, Priority.ALWAYS);
        } else {
            drawer.getChildren().remove(side);
            body.getChildren().add(side);
            open.set(false);
        }
    }
}
