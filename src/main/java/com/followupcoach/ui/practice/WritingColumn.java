package com.followupcoach.ui.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The writing column: fixed rows above and below, the editor, and two parts that can give
 * up height (the task and the finding card). The editor is served first: it gets at least
 * {@link #COMFORT_LINES} lines where the window allows, never fewer than {@link #LEAST_LINES};
 * the task and the card share the rest and scroll inside when they get less than they
 * want, so nothing is cut. The column is never wider than a letter of about
 * {@link #LETTER_CHARACTERS} characters a line, so wide screens keep lines readable.
 */
final class WritingColumn extends Region {

    static final int COMFORT_LINES = 12;
    static final int LEAST_LINES = 8;
    /** How many lines of the task and of the card stay visible when they must give up height. */
    static final double SHRUNK_TASK_LINES = 1;
    static final double SHRUNK_CARD_LINES = 1.5;
    static final int LETTER_CHARACTERS = 80;
    /** A line of ordinary letter prose, to measure how wide 80 characters are in the letter's font. */
    private static final String SAMPLE = "Thank you for letting me know your decision, and for the time you gave me at";

    private final List<Region> top;
    private final Region task;
    private final Region editor;
    private final Region editorText;
    private final Region card;
    private final List<Region> bottom;
    /** Styled like the letter's text: its size gives the editor's line height and width. */
    private final Text probe = new Text(SAMPLE);
    /** Outside the scene, so no style sheet overrides the font it is given. */
    private final Text measure = new Text(SAMPLE);

    WritingColumn(List<Region> top, Region task, Region editor, Region editorText, Region card, List<Region> bottom) {
        this.top = List.copyOf(top);
        this.task = task;
        this.editor = editor;
        this.editorText = editorText;
        this.card = card;
        this.bottom = List.copyOf(bottom);
        getStyleClass().add("writing-column");
        probe.getStyleClass().add("letter-probe");
        probe.setManaged(false);
        probe.setVisible(false);
        List<Node> children = new ArrayList<>(top);
        children.add(task);
        children.add(editor);
        children.add(card);
        children.addAll(bottom);
        children.add(probe);
        getChildren().addAll(children);
    }

    /**
     * The height of one line of the letter as the editor draws it: measured on its first
     * paragraph once drawn, else from the font (a paragraph's line is a pixel taller than
     * the bare text).
     */
    double lineHeight() {
        if (editorText instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?> area && area.getParagraphs().size() > 0) {
            try {
                Optional<javafx.geometry.Bounds> first = area.getParagraphBoundsOnScreen(0);
                int lines = area.getParagraphLinesCount(0);
                if (first.isPresent() && lines > 0 && first.get().getHeight() > 0) {
                    return first.get().getHeight() / lines;
                }
            } catch (RuntimeException notDrawnYet) {
                // The paragraph is not laid out yet: measure the font instead.
            }
        }
        return Math.ceil(measured().getLayoutBounds().getHeight()) + 1;
    }

    /** The editor's height for so many lines, with its padding and border. */
    double editorHeight(int lines) {
        Insets in = editorText.getInsets();
        return Math.ceil(lines * lineHeight() + in.getTop() + in.getBottom()) + 2;
    }

    /** A line of prose in the letter's font: the editor's own text once drawn, else the probe's style. */
    private Text measured() {
        Node drawn = editorText.lookup(".text");
        javafx.scene.text.Font font = drawn instanceof Text text && text.getFont() != null ? text.getFont()
                : probe.getFont();
        if (!font.equals(measure.getFont())) {
            measure.setFont(font);
        }
        return measure;
    }

    private double letterWidth() {
        double perCharacter = measured().getLayoutBounds().getWidth() / SAMPLE.length();
        Insets in = editorText.getInsets();
        return Math.ceil(perCharacter * LETTER_CHARACTERS + in.getLeft() + in.getRight()) + 20;
    }

    private double spacing() {
        return Math.round(lineHeight() * 0.2);
    }

    @Override
    protected double computeMaxWidth(double height) {
        Insets in = getInsets();
        return letterWidth() + in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        return computeMaxWidth(height);
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return 16 * lineHeight() + in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width - getInsets().getLeft() - getInsets().getRight();
        double sum = 0;
        int shown = 0;
        for (Region part : parts()) {
            if (part.isManaged()) {
                sum += part == editor ? editorHeight(COMFORT_LINES) : part.prefHeight(inner);
                shown++;
            }
        }
        return sum + Math.max(0, shown - 1) * spacing() + getInsets().getTop() + getInsets().getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        double height = getHeight() - in.getTop() - in.getBottom();
        double gap = spacing();
        double fixed = 0;
        int shown = 0;
        for (Region part : parts()) {
            if (part.isManaged()) {
                shown++;
                if (top.contains(part) || bottom.contains(part)) {
                    fixed += snapSizeY(part.prefHeight(width));
                }
            }
        }
        double room = height - fixed - Math.max(0, shown - 1) * gap;
        double taskWant = task.isManaged() ? task.prefHeight(width) : 0;
        double cardWant = card.isManaged() ? card.prefHeight(width) : 0;
        double taskLeast = task.isManaged() ? Math.min(taskWant, shrunkHeight(task, width, SHRUNK_TASK_LINES)) : 0;
        double cardLeast = card.isManaged() ? Math.min(cardWant, shrunkHeight(card, width, SHRUNK_CARD_LINES)) : 0;
        double comfort = editorHeight(COMFORT_LINES);
        if (room - taskLeast - cardLeast < comfort) {
            // Still too tight (a large zoom on a small screen): the task keeps only its header, the card one line.
            taskLeast = task.isManaged() ? Math.min(taskWant, shrunkHeight(task, width, 0)) : 0;
            cardLeast = card.isManaged() ? Math.min(cardWant, shrunkHeight(card, width, 1)) : 0;
        }
        double editorH = room - taskWant - cardWant >= comfort ? room - taskWant - cardWant
                : Math.max(editorHeight(LEAST_LINES), Math.min(comfort, room - taskLeast - cardLeast));
        double rest = Math.max(0, room - editorH);
        // The card explains the finding at the caret, so it is served before the task.
        double cardH = Math.min(cardWant, Math.max(Math.min(cardLeast, rest), rest - taskLeast));
        double taskH = Math.min(taskWant, Math.max(0, rest - cardH));
        editorH = Math.max(editorH, room - cardH - taskH);

        double y = in.getTop();
        for (Region part : parts()) {
            if (!part.isManaged()) {
                continue;
            }
            double h = part == editor ? editorH : part == task ? taskH : part == card ? cardH
                    : part.prefHeight(width);
            part.resizeRelocate(in.getLeft(), snapPositionY(y), width, snapSizeY(h));
            y += snapSizeY(h) + gap;
        }
    }

    /** A part that gives up height keeps its header (if any) and a few lines. */
    private double shrunkHeight(Region part, double width, double lines) {
        Node title = part.lookup(".title");
        double header = title instanceof Region region && part != card ? region.prefHeight(width) : 0;
        return header + lines * lineHeight() + 10;
    }

    private List<Region> parts() {
        List<Region> parts = new ArrayList<>(top);
        parts.add(task);
        parts.add(editor);
        parts.add(card);
        parts.addAll(bottom);
        return parts;
    }
}
