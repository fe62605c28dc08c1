package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Finding;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Popup;
import javafx.util.Duration;

/**
 * The card for the finding under the mouse. It stays open while the mouse moves onto it,
 * so its buttons and lesson link can be clicked; it closes when the mouse leaves both.
 */
final class FindingPopup {

    private static final Duration GRACE = Duration.millis(500);

    private final Popup popup = new Popup();
    private final FindingCard card;
    private final PauseTransition closing = new PauseTransition(GRACE);
    private boolean mouseInside;

    FindingPopup(FindingActions actions) {
        card = new FindingCard("popup-", new FindingActions() {
            @Override
            public void apply(Finding finding) {
                hide();
                actions.apply(finding);
            }

            @Override
            public void dismiss(Finding finding) {
                hide();
                actions.dismiss(finding);
            }

            @Override
            public void openLesson(String lessonId) {
                hide();
                actions.openLesson(lessonId);
            }
        });
        card.getStyleClass().add("finding-popup");
        card.setMaxWidth(420);
        card.setPrefWidth(420);
        popup.getContent().add(card);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        card.setOnMouseEntered(e -> {
            mouseInside = true;
            closing.stop();
        });
        card.setOnMouseExited(e -> {
            mouseInside = false;
            closing.playFromStart();
        });
        closing.setOnFinished(e -> {
            if (!mouseInside) {
                hide();
            }
        });
    }

    /** Shows the card just below the mouse, styled like the window it belongs to. */
    void show(Node owner, FindingExplanation explanation, Point2D screen) {
        closing.stop();
        card.show(explanation);
        if (owner.getScene() != null) {
            popup.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            card.setStyle(owner.getScene().getRoot().getStyle());
        }
        popup.show(owner, screen.getX() + 4, screen.getY() + 18);
    }

    /** The mouse left the finding: close soon, unless it went onto the card. */
    void leaveSoon() {
        if (popup.isShowing()) {
            closing.playFromStart();
        }
    }

    void hide() {
        closing.stop();
        mouseInside = false;
        popup.hide();
    }

    boolean isShowing() {
        return popup.isShowing();
    }
}
