package com.followupcoach.app;

import com.followupcoach.scoring.Critique;
import com.followupcoach.scoring.Scenario;
import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.practice.CritiqueService;
import com.followupcoach.ui.practice.PracticeRecords;
import com.followupcoach.ui.practice.PracticeView;
import com.followupcoach.ui.practice.PracticeViewModel;
import com.followupcoach.ui.practice.WritingTask;
import com.followupcoach.ui.shell.Page;
import com.followupcoach.ui.shell.ShellView;
import com.followupcoach.ui.shell.ShellViewModel;
import com.followupcoach.ui.theme.ThemeManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The composition root of the desktop app. */
public final class DesktopApp extends Application {

    private CritiqueService critiques;

    @Override
    public void start(Stage stage) {
        critiques = new CritiqueService(new ScoringEngine());
        ThemeManager themes = new ThemeManager();
        ShellViewModel shell = new ShellViewModel();
        Map<String, String> drafts = new HashMap<>();
        PracticeRecords records = new PracticeRecords() {
            public Optional<String> loadDraft(String id) { return Optional.ofNullable(drafts.get(id)); }
            public void saveDraft(String id, String text) { drafts.put(id, text); }
            public void recordAttempt(String id, String text, Critique c) { }
            public Optional<AttemptSummary> latestAttempt(String id) { return Optional.empty(); }
        };
        WritingTask task = new WritingTask("demo", "Demo", "Write a follow-up letter.",
                List.of(new WritingTask.ScenarioFact("Company", "Acme")), Scenario.NONE);
        PracticeViewModel practice = new PracticeViewModel(critiques, records, List.of(task));
        Map<Page, Supplier<Node>> pages = Map.of(
                Page.LESSONS, () -> new Label("Lessons"),
                Page.PRACTICE, () -> new PracticeView(practice),
                Page.PROGRESS, () -> new Label("Progress"),
                Page.WORKSHOP, () -> new Label("Workshop"));
        ShellView view = new ShellView(shell, themes, pages, Messages.format("app.credit", "Tia Benjamin"));
        Scene scene = new Scene(view, 1280, 800);
        themes.attach(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        stage.show();
        shell.show(Page.PRACTICE);
        practice.open("demo");
    }

    @Override
    public void stop() {
        if (critiques != null) {
            critiques.close();
        }
    }
}
