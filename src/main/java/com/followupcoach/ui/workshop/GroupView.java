package com.followupcoach.ui.workshop;

import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.vocabulary.Status;
import com.followupcoach.scoring.group.GroupLetter;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.practice.CriterionNames;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The group's letters: choose a folder, watch them scored, then the table or the class
 * heatmap. A letter opens in the walkthrough with Enter, a double click or Open.
 */
final class GroupView extends StackPane {

    private final WorkshopViewModel model;
    private final GroupViewModel group;
    private final GroupTable table;
    private final ClassHeatmap heatmap = new ClassHeatmap();

    GroupView(WorkshopViewModel model, WorkshopPickers pickers, ObservableBooleanValue presenter) {
        this.model = model;
        this.group = model.group();
        setId("group-view");
        table = new GroupTable(group.showNamesProperty());
        Label title = new Label(Messages.get("workshop.group.title"));
        title.getStyleClass().add("page-title");
        ProgressBar progress = new ProgressBar();
        progress.setId("group-progress");
        progress.progressProperty().bind(group.progressProperty());
        progress.visibleProperty().bind(group.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label message = new Label();
        message.setId("group-message");
        message.setWrapText(true);
        message.getStyleClass().add("muted");
        message.textProperty().bind(group.messageProperty());

        ToggleGroup views = new ToggleGroup();
        ToggleButton showTable = new ToggleButton(Messages.get("workshop.group.table"), FontIcon.of(AppIcon.TABLE));
        showTable.setId("group-show-table");
        ToggleButton showHeatmap = new ToggleButton(Messages.get("workshop.group.heatmap"), FontIcon.of(AppIcon.GRID));
        showHeatmap.setId("group-show-heatmap");
        showTable.setToggleGroup(views);
        showHeatmap.setToggleGroup(views);
        showTable.setSelected(true);
        views.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                views.selectToggle(old);
            }
        });
        table.visibleProperty().bind(showTable.selectedProperty());
        heatmap.visibleProperty().bind(showHeatmap.selectedProperty());
        StackPane area = new StackPane(table, heatmap);
        HBox legend = legend();
        legend.visibleProperty().bind(showTable.selectedProperty());
        VBox.setVgrow(area, Priority.ALWAYS);
        HBox header = new HBox(title, spacer(), showTable, showHeatmap);
        header.getStyleClass().add("group-header");
        VBox page = new VBox(header, progress, message, area, legend);
        page.getStyleClass().addAll("page", "group-page");

        Button choose = new Button(Messages.get("workshop.group.choose"), FontIcon.of(AppIcon.FOLDER_OPEN_OUTLINE));
        choose.setId("group-choose");
        choose.disableProperty().bind(group.busyProperty());
        choose.setOnAction(e -> pickers.folderOfLetters(getScene().getWindow()).ifPresent(group::load));
        CheckBox names = new CheckBox(Messages.get("workshop.group.names"));
        names.setId("group-names");
        names.selectedProperty().bindBidirectional(group.showNamesProperty());
        Button open = new Button(Messages.get("workshop.group.open"), FontIcon.of(AppIcon.EMAIL_OPEN_OUTLINE));
        open.setId("group-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected());
        Button export = new Button(Messages.get("workshop.group.export"), FontIcon.of(AppIcon.FILE_DELIMITED_OUTLINE));
        export.setId("group-export");
        export.disableProperty().bind(group.reportProperty().isNull());
        export.setOnAction(e -> pickers.csvTarget(getScene().getWindow()).ifPresent(group::exportCsv));
        Button home = new Button(Messages.get("workshop.home"), FontIcon.of(AppIcon.HOME_OUTLINE));
        home.getStyleClass().add("flat");
        home.setOnAction(e -> model.home());
        HBox bar = new HBox(home, spacer(), choose, open, names, export);
        bar.getStyleClass().add("step-controls");
        getChildren().add(new ControlStrip(page, bar, presenter));

        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        group.reportProperty().addListener((obs, old, now) -> {
            table.show(now);
            heatmap.show(now);
        });
    }

    private void openSelected() {
        GroupLetter letter = table.getSelectionModel().getSelectedItem();
        if (letter != null) {
            model.critique(letter);
        }
    }

    /** What each mark's shape means. */
    private static HBox legend() {
        HBox legend = new HBox();
        legend.setId("group-legend");
        legend.getStyleClass().add("group-legend");
        for (Status status : Status.values()) {
            Label entry = new Label(Messages.get("workshop.group.mark." + status.id()), FontIcon.of(CriterionNames.icon(status)));
            entry.getStyleClass().addAll("legend-entry", "status-" + status.id());
            legend.getChildren().add(entry);
        }
        return legend;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
