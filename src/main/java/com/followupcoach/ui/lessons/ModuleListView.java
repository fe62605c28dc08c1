package com.followupcoach.ui.lessons;

import com.followupcoach.lessons.LessonModule;
import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.FirstFocus;
import com.followupcoach.ui.common.Messages;
import java.util.Optional;
import java.util.Map;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The course at a glance: one tile per module with its status and mastery. */
final class ModuleListView extends ScrollPane {

    private final LessonsViewModel model;
    private final VBox tiles = new VBox(10);
    private final VBox resume = new VBox(6);

    ModuleListView(LessonsViewModel model, String subtitle, String credit) {
        this.model = model;
        setId("module-list");
        Label title = new Label(Messages.get("lessons.title"));
        title.getStyleClass().add("page-title");
        Label sub = new Label(subtitle);
        sub.getStyleClass().add("page-subtitle");
        Label source = new Label(credit);
        source.setId("lessons-credit");
        source.getStyleClass().addAll("page-subtitle", "muted");
        resume.setId("course-resume");
        resume.getStyleClass().addAll("card", "course-start");
        VBox page = new VBox(title, sub, source, resume, tiles);
        page.getStyleClass().add("page");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        model.revisionProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        // The list is redrawn when a snapshot arrives, maybe after the page took focus:
        // focus inside it goes to the card if the card has just appeared (the page's first
        // meaningful control), else back to the same tile.
        Optional<String> focused = focusWithin();
        boolean hadCard = resume.isVisible();
        showResume();
        boolean cardAppeared = !hadCard && resume.isVisible();
        tiles.getChildren().clear();
        int number = 1;
        Map<String, Integer> mastery = model.mastery();
        for (LessonModule module : model.modules()) {
            tiles.getChildren().add(tile(module, number++, Optional.ofNullable(mastery.get(module.id()))));
        }
        focused.ifPresent(id -> {
            Node same = !cardAppeared && id.startsWith("module-") ? lookup("#" + id) : null;
            if (same != null) {
                same.requestFocus();
            } else {
                FirstFocus.focus(this);
            }
        });
    }

    /** The id of the control (or "" for one without) holding focus inside this list, if any. */
    private Optional<String> focusWithin() {
        return FirstFocus.ownerWithin(this).map(owner -> owner.getId() == null ? "" : owner.getId());
    }

    /** "Start here" for a new learner, "Continue where you left off" after; nothing once all is done. */
    private void showResume() {
        Optional<LessonsViewModel.Resume> point = model.resume();
        resume.setVisible(point.isPresent());
        resume.setManaged(point.isPresent());
        resume.getChildren().clear();
        point.ifPresent(r -> {
            String text;
            if (!r.started()) {
                text = Messages.format("lessons.start", r.module().title());
            } else if (model.status(r.module()).orElse(LessonStatus.NEW) == LessonStatus.IN_PROGRESS) {
                text = Messages.format("lessons.continue", r.module().title(), r.screen() + 1, r.module().sections().size());
            } else {
                text = Messages.format("lessons.continue.next", r.module().title());
            }
            Button go = new Button(text, FontIcon.of(r.started() ? AppIcon.PLAY_CIRCLE_OUTLINE
                    : AppIcon.SCHOOL_OUTLINE));
            go.setId("resume-course");
            go.getStyleClass().add("accent");
            go.setWrapText(true);
            go.setOnAction(e -> model.resumeCourse());
            Label hint = new Label(Messages.get(r.started() ? "lessons.continue.hint" : "lessons.start.hint"));
            hint.getStyleClass().add("muted");
            hint.setWrapText(true);
            resume.getChildren().addAll(FirstFocus.mark(go), hint);
        });
    }

    private HBox tile(LessonModule module, int number, Optional<Integer> mastery) {
        Label numberLabel = new Label(Messages.format("lessons.module.number", number));
        numberLabel.getStyleClass().add("module-number");
        Label name = new Label(module.title());
        name.getStyleClass().add("module-title");
        Label summary = new Label(module.summary());
        summary.getStyleClass().add("module-summary");
        summary.setWrapText(true);
        VBox text = new VBox(2, numberLabel, name, summary);
        HBox.setHgrow(text, Priority.ALWAYS);

        // Before the first snapshot arrives the tile has no status rather than a guessed one.
        Label statusLabel = new Label();
        statusLabel.getStyleClass().add("lesson-status");
        model.status(module).ifPresent(status -> {
            statusLabel.setText(Messages.get("lessons.status." + status.name().toLowerCase()));
            statusLabel.setGraphic(FontIcon.of(status.icon()));
            statusLabel.getStyleClass().add("lesson-status-" + status.name().toLowerCase());
        });
        statusLabel.setVisible(model.loaded());
        statusLabel.setManaged(model.loaded());
        Label masteryLabel = new Label(mastery.map(m -> Messages.format("lessons.mastery", m))
                .orElse(Messages.format("lessons.minutes", module.minutes())));
        masteryLabel.setId("mastery-" + module.id());
        masteryLabel.getStyleClass().add("muted");
        VBox side = new VBox(4, statusLabel, masteryLabel);
        side.setMinWidth(Region.USE_PREF_SIZE);

        HBox tile = new HBox(16, text, side);
        tile.setId("module-" + module.id());
        tile.getStyleClass().add("module-tile");
        // A tile acts as a button: focusable, opened by click, Enter or Space.
        tile.setFocusTraversable(true);
        tile.setAccessibleRole(AccessibleRole.BUTTON);
        tile.setAccessibleText(model.loaded() ? module.title() + ". " + statusLabel.getText() + ". " + module.summary()
                : module.title() + ". " + module.summary());
        tile.setOnMouseClicked(e -> model.open(module.id()));
        tile.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                model.open(module.id());
                e.consume();
            }
        });
        return tile;
    }
}
