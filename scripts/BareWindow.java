import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The yardstick for start-up: an empty JavaFX window with one label and the app's title. */
public class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Follow-Up Coach");
        stage.setScene(new Scene(new StackPane(new Label("Loading")), 1280, 800));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
