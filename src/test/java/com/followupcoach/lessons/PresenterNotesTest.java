package com.followupcoach.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A trainer's presenter notes in lesson.md: shown to the trainer, never on the slide or to a learner. */
class PresenterNotesTest extends BrokenFixtureTest {

    @Test
    void aNotesBlockLeavesTheScreenAndBecomesItsNotes() {
        fixture.replace(LESSON, "## Say thank you\n", "## Say thank you\n\n::: notes\nAsk the room who has ever had a reply.\n"
                + "Wait for hands.\n:::\n");

        LessonLibrary library = fixture.load();

        assertThat(library.problems()).isEmpty();
        Section screen = library.module("first-steps").orElseThrow().sections().get(0);
        assertThat(screen.notes()).isEqualTo("Ask the room who has ever had a reply.\nWait for hands.");
        assertThat(screen.markdown()).doesNotContain("Ask the room").doesNotContain(":::").isNotBlank();
        assertThat(library.module("first-steps").orElseThrow().sections().get(1).notes()).isEmpty();
    }

    @Test
    void anUnclosedNotesBlockIsReportedAtItsFirstLine() {
        fixture.replace(LESSON, "## Say thank you\n", "## Say thank you\n\n::: notes\nAsk the room.\n");

        assertThat(fixture.problems()).containsExactly(fixture.at(LESSON, "::: notes",
                "a `::: notes` block is not closed: end it with a line `:::`"));
    }

    @Test
    void aScreenOfOnlyNotesHasNoText() {
        String lesson = fixture.read(LESSON);
        int start = lesson.indexOf("## Say thank you");
        int next = lesson.indexOf("\n## ", start + 1);
        fixture.write(LESSON, lesson.substring(0, start) + "## Say thank you\n\n::: notes\nOnly for me.\n:::\n"
                + lesson.substring(next + 1));

        assertThat(fixture.problems()).containsExactly(fixture.at(LESSON, "## Say thank you",
                "the screen `Say thank you` has no text"));
    }
}
