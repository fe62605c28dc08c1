package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import com.followupcoach.scoring.text.TokenizedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spelling map (spellings.txt beside the rubric): British and American spellings are one
 * word for rules and lexicons, and a faulty map is one line at its file and line.
 */
class SpellingMapTest {

    private static final String HEADER = "# Spellings read as one.\n";

    @TempDir
    Path folder;

    @Test
    void theBuiltInRubricReadsBothSpellingsAsOneWord() {
        SentenceSplitter splitter = new SentenceSplitter(Rubric.builtIn().settings().abbreviations());
        TokenizedText british = new LetterText("Your organisation's colours", splitter, Rubric.builtIn().language())
                .tokens();
        TokenizedText american = new LetterText("Your organization's colors", splitter, Rubric.builtIn().language())
                .tokens();
        assertThat(british.lower(1)).isEqualTo("organization's");
        assertThat(british.stem(1)).isEqualTo(american.stem(1));
        assertThat(british.stem(2)).isEqualTo(american.stem(2));
    }

    @Test
    void aLexiconListingBothSpellingsHasOneEntryAndAStemCoversEveryForm() throws Exception {
        Path rubric = TrainerRubric.writeInto(folder);
        Files.writeString(folder.resolve("spellings.txt"), HEADER + "organise organize\norganised organized\n");
        Rubric loaded = Rubric.load(rubric);
        assertThat(loaded.language().spellings()).containsEntry("organised", "organized");
        RubricFiles files = RubricFiles.beside(rubric, Files::readAllBytes);
        var lexicon = LexiconReader.parse("x", new RubricFiles.Text("x.txt", "# x\norganise\norganize\n~organised\n"),
                SpellingMap.parse(files.read("spellings.txt", "rubric.yaml", 1)));
        assertThat(lexicon.entries()).hasSize(2);
    }

    @Test
    void aPatternsWordsAreRespeltButNotItsLexiconsPrefixesOrFlags() throws Exception {
        SpellingMap map = SpellingMap.parse(new RubricFiles.Text("s.txt", HEADER + "organise organize\n"
                + "colour color\n"));
        assertThat(map.respellPattern("[ ~organise|colour ..3 @colour organise* x:quoted ]"))
                .isEqualTo("[ ~organize|color ..3 @colour organise* x:quoted ]");
    }

    @Test
    void eachProblemIsOneLineAtItsFileAndLine() throws IOException {
        assertSpellingError("organise organize\n", 1, "a spelling map opens with comment lines");
        assertSpellingError(HEADER + "organise\n", 2, "'organise': a line holds two spellings");
        assertSpellingError(HEADER + "organise organize\ncolour Color\n", 3, "'Color' is not a lower-case word");
        assertSpellingError(HEADER + "organise organize\norganize organyze\n", 3, "'organize' is already on line 2");
        assertSpellingError(HEADER + "colour colour\n", 2, "'colour colour' names the same spelling twice");
        assertSpellingError(HEADER + "\n", 1, "the spelling map has no entries");
    }

    private int trainers;

    private void assertSpellingError(String text, int line, String message) throws IOException {
        Path trainer = Files.createDirectories(folder.resolve("trainer" + ++trainers));
        Path rubric = TrainerRubric.writeInto(trainer);
        Files.writeString(trainer.resolve("spellings.txt"), text);
        assertThatThrownBy(() -> Rubric.load(rubric)).isInstanceOf(RubricException.class)
                .hasMessageStartingWith(trainer.resolve("spellings.txt") + ":" + line + ": " + message)
                .hasMessageNotContaining("\n");
    }
}
