package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.Messages;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** The overall score as a number, a bar and a word; the word carries what colour shows. */
final class ScoreGauge extends VBox {

    static final int LOW_BELOW = 50;
    static final int HIGH_FROM = 80;

    private final Label number = new Label("–");
    private final Label caption = new Label(Messages.get("practice.score.none"));
    private final ProgressBar bar = new ProgressBar(0);
    private final Label capped = new Label();

    ScoreGauge() {
        getStyleClass().add("score-gauge");
        number.setId("score-value");
        number.getStyleClass().add("score-number");
        caption.setId("score-caption");
        caption.getStyleClass().add("score-caption");
        bar.setMaxWidth(Double.MAX_VALUE);
        setSpacing(4);
        capped.setId("score-capped");
        capped.getStyleClass().add("score-caption");
        capped.setWrapText(true);
        getChildren().addAll(number, bar, caption, capped);
    }

    /** The score before any cap: the share of points over the assessed criteria. */
    static int uncapped(Critique critique) {
        int points = critique.criteria().stream().mapToInt(CriterionResult::points).sum();
        int max = critique.criteria().stream().mapToInt(CriterionResult::max).sum();
        return max == 0 ? 0 : (int) Math.round(100.0 * points / max);
    }

    void show(Critique critique) {
        getStyleClass().removeAll("score-low", "score-mid", "score-high");
        if (critique == null || !critique.judged()) {
            number.setText("–");
            bar.setProgress(0);
            caption.setText(Messages.get(critique == null || critique.words() == 0
                    ? "practice.score.none" : "practice.score.noBody"));
            capped.setText("");
            return;
        }
        int score = critique.score();
        String band = score < LOW_BELOW ? "low" : score < HIGH_FROM ? "mid" : "high";
        getStyleClass().add("score-" + band);
        number.setText(Integer.toString(score));
        bar.setProgress(score / 100.0);
        caption.setText(Messages.get("practice.score." + band));
        int uncapped = uncapped(critique);
        // The engine caps the score for faults that outweigh any number of good points;
        // saying so keeps a low number next to a mostly green checklist from puzzling.
        capped.setText(score < uncapped ? Messages.format("practice.score.capped", uncapped) : "");
        setAccessibleText(Messages.format("practice.score.accessible", score, caption.getText()) + " " + capped.getText());
    }
}
