package com.followupcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextPositionTest {

    @Test
    void linesEndAtLineFeedsAndColumnsCountCodePoints() {
        String text = "Dear Ms Lee,\r\nThank you \uD83D\uDE42 for\n\nthe call.";
        TextPosition.Index index = new TextPosition.Index(text);

        assertThat(index.of(0)).isEqualTo(new TextPosition(1, 1));
        assertThat(index.of(text.indexOf("Thank"))).isEqualTo(new TextPosition(2, 1));
        assertThat(index.of(text.indexOf("for"))).isEqualTo(new TextPosition(2, 13));
        assertThat(index.of(text.indexOf("the"))).isEqualTo(new TextPosition(4, 1));
        assertThat(index.of(text.length())).isEqualTo(new TextPosition(4, 10));
    }

    @Test
    void everyOffsetOfRandomTextsIsWhereAnEditorWouldShowIt() {
        Random random = new Random(7);
        String[] pieces = {"a", "word ", "\n", "\r\n", "\uD83D\uDE42", "\u00e9", "\uD83D"};
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            TextPosition.Index index = new TextPosition.Index(text.toString());
            for (int offset = 0; offset <= text.length(); offset++) {
                assertThat(index.of(offset)).as("offset %d of %s", offset, text).isEqualTo(countedFromStart(text.toString(), offset));
            }
        }
    }

    /** The plain reading of the contract, one character at a time. */
    private static TextPosition countedFromStart(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, text.codePointCount(lineStart, offset) + 1);
    }
}
