package com.followupcoach.ui.shell;

import com.followupcoach.ui.common.Messages;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Asks for a profile name and keeps the dialog open until the store accepts it: a blank or
 * taken name is explained under the field, where the learner is looking.
 */
final class ProfileNameDialog extends Dialog<LearnerProfile> {

    private final TextField name = new TextField();
    private final Label error = new Label();

    /** @param submit creates or renames; completes on the FX thread, or fails with a one-line reason */
    ProfileNameDialog(String title, String header, String okText, String initial,
                      Function<String, CompletableFuture<LearnerProfile>> submit) {
        setTitle(title);
        setHeaderText(header);
        name.setId("profile-name-field");
        name.setText(initial);
        name.setPromptText(Messages.get("profiles.name.label"));
        name.setAccessibleText(Messages.get("profiles.name.label"));
        error.setId("profile-name-error");
        error.getStyleClass().add("profile-dialog-error");
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        Label label = new Label(Messages.get("profiles.name.label"));
        label.setLabelFor(name);
        VBox content = new VBox(6, label, name, error);
        content.setPrefWidth(380);
        getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) getDialogPane().lookupButton(ok);
        okButton.setId("profile-name-ok");
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            // The dialog closes only once the store has said yes.
            event.consume();
            submit(okButton, submit);
        });
        setResultConverter(button -> null);
        setOnShown(e -> name.requestFocus());
    }

    private void submit(Button okButton, Function<String, CompletableFuture<LearnerProfile>> submit) {
        if (name.getText() == null || name.getText().isBlank()) {
            showError(Messages.get("profiles.name.blank"));
            return;
        }
        okButton.setDisable(true);
        submit.apply(name.getText()).whenComplete((profile, failure) -> {
            okButton.setDisable(false);
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                showError(cause.getMessage());
            } else {
                setResult(profile);
                close();
            }
        });
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        name.requestFocus();
    }
}
