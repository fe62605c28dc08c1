package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * Prints the letter: plain text in a serif font, broken into pages by paragraph. The
 * system print dialog offers "print to PDF" where the platform has it.
 */
final class LetterPrinter {

    private static final Font LETTER_FONT = Font.font("DejaVu Serif", 11);
    private static final double PARAGRAPH_GAP = 2;

    private LetterPrinter() {
    }

    /** Asks for a printer and prints; returns the error line to show, if it failed. */
    static Optional<String> print(Window owner, String letter) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Optional.of(Messages.get("practice.export.noPrinter"));
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Optional.empty();
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (VBox page : pages(letter, layout.getPrintableWidth(), layout.getPrintableHeight())) {
            if (!job.printPage(page)) {
                job.cancelJob();
                return Optional.of(Messages.get("practice.export.printFailed"));
            }
        }
        return job.endJob() ? Optional.empty() : Optional.of(Messages.get("practice.export.printFailed"));
    }

    /** Lays the paragraphs out on pages of the given size; a too-long paragraph gets a page of its own. */
    static List<VBox> pages(String letter, double width, double height) {
        List<VBox> pages = new ArrayList<>();
        VBox page = newPage(width);
        double used = 0;
        for (String paragraph : letter.split("\n", -1)) {
            Text text = new Text(paragraph.isEmpty() ? " " : paragraph);
            text.setFont(LETTER_FONT);
            text.setWrappingWidth(width);
            double needed = text.getLayoutBounds().getHeight() + PARAGRAPH_GAP;
            if (used > 0 && used + needed > height) {
                pages.add(page);
                page = newPage(width);
                used = 0;
            }
            page.getChildren().add(text);
            used += needed;
        }
        pages.add(page);
        return pages;
    }

    private static VBox newPage(double width) {
        VBox page = new VBox(PARAGRAPH_GAP);
        page.setPrefWidth(width);
        return page;
    }
}
