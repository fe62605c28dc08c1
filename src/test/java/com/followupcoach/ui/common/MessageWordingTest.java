package com.followupcoach.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The app's own words read as sentences: no "point(s)" where a count can choose the word. */
class MessageWordingTest {

    @Test
    void noMessageHedgesAPluralWithParentheses() {
        ResourceBundle bundle = Messages.bundle();
        List<String> hedged = new ArrayList<>();
        for (String key : bundle.keySet()) {
            if (bundle.getString(key).contains("(s)")) {
                hedged.add(key);
            }
        }
        Rubric.builtIn().criteria().forEach((criterion, spec) -> spec.messages().forEach((status, text) -> {
            if (text.contains("(s)")) {
                hedged.add("rubric " + criterion.id() + "." + status);
            }
        }));

        assertThat(hedged).isEmpty();
    }

    @Test
    void aCountChoosesTheWord() {
        assertThat(Messages.format("progress.calendar.summary", 1)).startsWith("You practised on 1 day in");
        assertThat(Messages.format("progress.calendar.summary", 3)).startsWith("You practised on 3 days in");
        assertThat(Messages.format("profiles.delete.content", "Bo", 0, 1, 2, 1))
                .contains("0 lessons started, 1 quiz result, 2 scored letters and 1 draft.");
    }
}
