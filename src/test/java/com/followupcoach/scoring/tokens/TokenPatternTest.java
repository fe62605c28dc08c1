package com.followupcoach.scoring.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import com.followupcoach.scoring.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each element of the token-pattern syntax (lessons/rubric.yaml), matched over real tokens. */
class TokenPatternTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter(Set.of("mr", "ms"));
    private static final Map<String, Lexicon> LEXICONS = Map.of(
            "insult", lexicon("insult", "idiot*", "clown", "waste of ~time", "waste of space", "~joke", "utter ~fool", "utter fool*"),
            "people", lexicon("people", "you people", "you", "your team"));

    private static Lexicon lexicon(String name, String... entries) {
        List<List<WordTest>> out = new ArrayList<>();
        for (String entry : entries) {
            List<WordTest> words = new ArrayList<>();
            for (String w : entry.split(" ")) {
                words.add(WordTest.parse(w).orElseThrow());
            }
            out.add(words);
        }
        return new Lexicon(name, out);
    }

    /** The highlighted text of every match, as the engine finds them (index, then matcher). */
    private static List<String> find(String pattern, String text) throws TokenPatternException {
        TokenPattern p = TokenPattern.compile(pattern, LEXICONS);
        LetterText letter = new LetterText(text, SPLITTER);
        int[] starts = new PatternIndex(List.of(p)).candidates(letter.tokens())[0];
        List<Span> spans = new ArrayList<>();
        p.matcher(letter.tokens()).findAll(starts, spans);
        assertThat(tryingEveryToken(p, letter)).as("the index offers every start that can match").isEqualTo(spans);
        return spans.stream().map(s -> s.of(text)).toList();
    }

    /** The same search without any index: a match is tried from every token. */
    private static List<Span> tryingEveryToken(TokenPattern p, LetterText letter) {
        TokenMatcher m = p.matcher(letter.tokens());
        List<Span> out = new ArrayList<>();
        int next = 0;
        for (int s = 0; s < letter.tokens().size(); s++) {
            if (s >= next && m.matchAt(s)) {
                out.add(m.highlight());
                next = Math.max(m.end(), s + 1);
            }
        }
        return out;
    }

    @Test
    void aWordMatchesAWholeTokenInAnyCase() throws Exception {
        assertThat(find("thank you", "THANK you, thankyou, thank-you, Thank You.")).containsExactly("THANK you",
                "Thank You");
        assertThat(find("don't", "I don't know; I do not.")).containsExactly("don't");
        assertThat(find("e-mail", "Your e-mail, my email.")).containsExactly("e-mail");
    }

    @Test
    void aPrefixMatchesTheStartOfAToken() throws Exception {
        assertThat(find("incompeten*", "Incompetent and incompetence, not competent.")).containsExactly("Incompetent",
                "incompetence");
    }

    @Test
    void aStemMatchesEveryFormWithThatStem() throws Exception {
        assertThat(find("~thank", "Thanks, I thanked them, thanking all; thankful? thankyou")).containsExactly(
                "Thanks", "thanked", "thanking", "thankful");
    }

    @Test
    void aLexiconMatchesAnyEntryAndItsLongestEntryWins() throws Exception {
        assertThat(find("@insult", "What a waste of space, a waste of time, idiots and a clown. Jokes!"))
                .containsExactly("waste of space", "waste of time", "idiots", "clown", "Jokes");
        assertThat(find("@people are", "You people are rude. Your team are slow. You are kind."))
                .containsExactly("You people are", "Your team are", "You are");
    }

    @Test
    void entriesAreFoundWhateverTheirSecondWordIs() throws Exception {
        // "waste of …" is found through its plain second word, "utter ~fool" through its first
        assertThat(find("a @insult", "a waste of space, a utter fools, a utter foolishness"))
                .containsExactly("a waste of space", "a utter fools", "a utter foolishness");
    }

    @Test
    void aShorterLexiconEntryIsTriedWhenTheLongerOneLeadsNowhere() throws Exception {
        assertThat(find("@people people", "you people. you people people")).containsExactly("you people",
                "you people people");
    }

    @Test
    void alternativesMixWordsStemsPrefixesAndLexicons() throws Exception {
        assertThat(find("so|~grate|fool*|@insult", "so grateful, foolish clown")).containsExactly("so", "grateful",
                "foolish", "clown");
    }

    @Test
    void anOptionalElementIsTakenWhenPresent() throws Exception {
        assertThat(find("thank you so|very? much", "Thank you so much. Thank you much. Thank you very much."))
                .containsExactly("Thank you so much", "Thank you much", "Thank you very much");
    }

    @Test
    void aNegatedElementMatchesOneTokenThatIsNotIt() throws Exception {
        assertThat(find("thank !you", "Thank you. Thank them. Thank heavens")).containsExactly("Thank them",
                "Thank heavens");
        assertThat(find("thank !@people", "thank your team, thank the team")).containsExactly("thank the");
    }

    @Test
    void aNegatedElementNeverMatchesPastTheEndOfTheSentence() throws Exception {
        assertThat(find("thanks !you", "Thanks\nYou were kind.")).isEmpty();
        assertThat(find("thanks !you", "Thanks. Me too.")).containsExactly("Thanks.");
    }

    @Test
    void aClauseGapSkipsUpToNTokensInsideTheClause() throws Exception {
        assertThat(find("i ..3 grateful", "I am truly very grateful. I am grateful. I am really very very grateful."))
                .containsExactly("I am truly very grateful", "I am grateful");
        assertThat(find("i ..3 grateful", "I am so grateful.")).as("'so' as an intensifier").containsExactly(
                "I am so grateful");
        assertThat(find("late ..3 grateful", "It was late so I am grateful.")).as("'so' before a subject opens a clause")
                .isEmpty();
    }

    @Test
    void aClauseGapStopsAtClauseMarksAndOpeningWords() throws Exception {
        assertThat(find("thank ..3 you", "Thank, you. Thank them because you. Thank all of you.")).containsExactly(
                "Thank all of you");
        assertThat(find("grateful ..3 but", "I am grateful indeed but sad.")).containsExactly("grateful indeed but");
        assertThat(find("selected , ..3 grateful", "Not selected, I am grateful.")).containsExactly(
                "selected, I am grateful");
    }

    @Test
    void aSentenceGapCrossesClausesButNotSentences() throws Exception {
        assertThat(find("although ...8 thank", "Although I was not chosen, I thank you.")).containsExactly(
                "Although I was not chosen, I thank");
        assertThat(find("although ...8 thank", "Although sad. I thank you.")).isEmpty();
    }

    @Test
    void aGapIsAsShortAsItCanBe() throws Exception {
        assertThat(find("thank ..5 you", "thank you and you")).containsExactly("thank you");
    }

    @Test
    void anchorsMatchTheStartAndTheEndOfASentence() throws Exception {
        assertThat(find("^ whatever $", "Whatever. Whatever you say. \"Whatever!\"")).containsExactly("Whatever");
        assertThat(find("^ ok|okay thanks? $", "Ok thanks!! Okay. It is ok thanks for asking.")).containsExactly(
                "Ok thanks", "Okay");
    }

    @Test
    void bracketsMarkThePartToHighlight() throws Exception {
        assertThat(find("you are [ @insult ]", "You are idiots.")).containsExactly("idiots");
        assertThat(find("[ finally ] ..3 ~let me know", "Thanks for finally letting me know")).containsExactly("finally");
    }

    @Test
    void punctuationIsMatchedEscapedOrBareWhereUnambiguous() throws Exception {
        assertThat(find("thanks \\!", "Thanks! Thanks.")).containsExactly("Thanks!");
        assertThat(find("why \\?", "Why? Why.")).containsExactly("Why?");
        assertThat(find("why ?", "Why? Why.")).containsExactly("Why?");
        assertThat(find("\" ~joke \"", "a \"joke\" indeed")).containsExactly("\"joke\"");
        assertThat(find("lol|\\, ok", "lol ok, ok")).containsExactly("lol ok", ", ok");
    }

    @Test
    void matchesOfOnePatternDoNotOverlap() throws Exception {
        assertThat(find("no no", "no no no no no")).containsExactly("no no", "no no");
    }

    @Test
    void badPatternsAreRefusedWithOneLineThatSaysWhy() {
        assertRefused("thank ..13 you", "gap '..13' must be between ..1 and ..12");
        assertRefused("thank ...31 you", "gap '...31' must be between ...1 and ...30");
        assertRefused("thank .. you", "'..' is not a gap");
        assertRefused("..3 you", "a gap must stand between two elements");
        assertRefused("you ..3", "a gap must stand between two elements");
        assertRefused("you?", "at least one token that is not optional");
        assertRefused("you ^ are", "^ (the start of the sentence) must come first");
        assertRefused("you $ are", "$ (the end of the sentence) must come last");
        assertRefused("[ you ] [ are ]", "only one [ ] pair");
        assertRefused("you ] are", "] without its [");
        assertRefused("[ you are", "[ without its ]");
        assertRefused("[ so? ] you", "the part in [ ] must hold at least one token");
        assertRefused("@nosuch", "no lexicon '@nosuch'");
        assertRefused("@Bad_Name", "lexicon name 'Bad_Name' must be kebab-case");
        assertRefused("thank|", "has an empty alternative");
        assertRefused("e.g.", "'e.g.' in 'e.g.' is not a word");
        assertRefused("a * b", "'*' in '*' has a meaning of its own; write \\* for the mark itself");
        assertRefused("~thank*", "is not a word");
        assertRefused("\\ab", "a backslash stands only before one punctuation mark");
    }

    @Test
    void theLexiconsAPatternNamesAreKnownBeforeItIsCompiled() {
        assertThat(TokenPattern.lexiconNames("you !@people? [ @insult|idiot ] @insult")).containsExactly("people",
                "insult");
    }

    /** Each match's parts, as "name=text" (name "-" for an unnamed part, "name=()" for one left out). */
    private static List<String> parts(String pattern, String text) throws TokenPatternException {
        TokenPattern p = TokenPattern.compile(pattern, LEXICONS);
        LetterText letter = new LetterText(text, SPLITTER);
        int[] starts = new PatternIndex(List.of(p)).candidates(letter.tokens())[0];
        List<String> out = new ArrayList<>();
        p.matcher(letter.tokens()).findAll(starts, (span, m) -> {
            for (int i = 0; i < p.partNames().size(); i++) {
                Span part = m.part(i);
                String name = p.partNames().get(i) == null ? "-" : p.partNames().get(i);
                out.add(name + "=" + (part == null ? "()" : part.of(text)));
            }
        });
        return out;
    }

    @Test
    void aNamedPartIsTheWritersTextOfWhatItMatched() throws Exception {
        assertThat(parts("arrived {late: ..3 minutes|hours } late", "She arrived Twenty Minutes late; he arrived "
                + "two hours late.")).containsExactly("late=Twenty Minutes", "late=two hours");
        assertThat(parts("{who: i|we } {modal: would|could } like", "I would like it")).containsExactly("who=I",
                "modal=would");
        assertThat(parts("{late:arrived ..2 late}", "He arrived very late.")).as("braces may touch the words")
                .containsExactly("late=arrived very late");
    }

    @Test
    void anOptionalPartIsTriedPresentFirstAndOtherwiseLeftOut() throws Exception {
        assertThat(find("thank you { so much }? for", "Thank you so much for it. Thank you for this.")).containsExactly(
                "Thank you so much for", "Thank you for");
        assertThat(parts("thank you {again: again }? for", "Thank you again for it. Thank you for this."))
                .containsExactly("again=again", "again=()");
        assertThat(find("thank you { so much }? for", "Thank you so for it.")).isEmpty();
        assertThat(parts("{all: very { much }? } ~thank", "very much thanks; very thanks"))
                .containsExactly("all=very much", "-=much", "all=very", "-=()");
        assertThat(find("{ kind }? ~regard", "Kind regards, regards")).as("a pattern may open with an optional part")
                .containsExactly("Kind regards", "regards");
    }

    @Test
    void anExactWordMatchesOnlyAsWritten() throws Exception {
        assertThat(find("=i", "i think I know, and i'm sure i do")).containsExactly("i", "i");
        assertThat(find("=i'm|=XXX", "I'm here, i'm there; XXX and xxx")).containsExactly("i'm", "XXX");
    }

    @Test
    void aCapitalisedWordAndAWordInCapitals() throws Exception {
        assertThat(find("at %cap", "at Northwind, at at London, at SQL, at I, at McKay's, at home"))
                .containsExactly("at Northwind", "at London", "at McKay's");
        assertThat(find("at %caps", "at IBM, at I, at Ibm, at NHS-UK")).containsExactly("at IBM", "at NHS-UK");
        assertThat(find("< %word >", "<Company> <jane@example.com> <3> <role>")).as("any word, not an address")
                .containsExactly("<Company>", "<role>");
    }

    @Test
    void aConjunctionAsksOneTokenToPassEveryTest() throws Exception {
        assertThat(find("with %cap&!mr|mrs|ms %cap?", "with Ms Lee, with Anna Lee, with Mr Brown"))
                .containsExactly("with Anna Lee");
        assertThat(find("the %cap&!@people team", "the You team, the Data team")).containsExactly("the Data team");
        assertThat(find("!the&!a %cap&%caps?", "to IBM, the BBC")).as("a conjunction may be optional")
                .containsExactly("to", "IBM", ",", "BBC");
    }

    @Test
    void anEmployerNameIsARunOfCapitalisedWords() throws Exception {
        String run = "at [ %cap|%caps { \\&|and|of? %cap|%caps }? { \\&|and|of? %cap|%caps }? ]";
        assertThat(find(run, "the team at Harmon & Reese said; at Wide World Importers; at Bank of Ireland."))
                .containsExactly("Harmon & Reese", "Wide World Importers", "Bank of Ireland");
        assertThat(find(run, "at Northwind and then")).containsExactly("Northwind");
    }

    @Test
    void aGapMayNameWordsItMustNotSkip() throws Exception {
        String offer = "for offering ...12!take|accept|gladly $";
        assertThat(find(offer, "Thanks for offering feedback, but I will pass.")).containsExactly(
                "for offering feedback, but I will pass");
        assertThat(find(offer, "Thanks for offering feedback; I would gladly take it.")).isEmpty();
        assertThat(find("you ..4!@people idiot*", "you lot are idiots. you you are idiots.")).containsExactly(
                "you lot are idiots", "you are idiots");
        assertThat(TokenPattern.lexiconNames("a ...3!@people b")).containsExactly("people");
        assertRefused("a ..3!!b c", "after ! a gap names the words it may not skip");
    }

    @Test
    void badPartsAndCasesAreRefused() {
        assertRefused("{late: arrived late", "{late: without its }");
        assertRefused("arrived late }", "} without its {");
        assertRefused("{a: thank } {a: you }", "two parts are named 'a'");
        assertRefused("{late arrived }", "a part opens with {name:");
        assertRefused("{ so }?", "at least one token that is not optional");
        assertRefused("thank { [ you ] }?", "an optional part { ... }? may not hold [ ] ^ or $");
        assertRefused("[ { so }? ] you", "the part in [ ] must hold at least one token");
        assertRefused("=i.e.", "is not a word");
        assertRefused("%capital", "is not a word");
        assertRefused("%cap&", "has an empty side of &");
    }

    /** Every match of every phrasing a pattern with { a | b } groups stands for, in text order. */
    private static List<String> findPhrased(String pattern, String text) throws TokenPatternException {
        LetterText letter = new LetterText(text, SPLITTER);
        List<Span> spans = new ArrayList<>();
        for (TokenPattern p : TokenPattern.compileAll(pattern, LEXICONS)) {
            spans.addAll(tryingEveryToken(p, letter));
        }
        return spans.stream().distinct().sorted(java.util.Comparator.comparingInt(Span::start)).map(s -> s.of(text)).toList();
    }

    @Test
    void aGroupAlternatesWholePhrases() throws Exception {
        String pattern = "i { have not | haven't | never } applied";
        assertThat(TokenPattern.compileAll(pattern, LEXICONS)).extracting(TokenPattern::source).containsExactly(
                "i { have not } applied", "i { haven't } applied", "i { never } applied");
        assertThat(findPhrased(pattern, "I have not applied. I haven't applied. I never applied. I have haven't applied."))
                .containsExactly("I have not applied", "I haven't applied", "I never applied");
        assertThat(findPhrased("[ sorry|sad { not to | to not } ] be", "Sorry not to be chosen; sad to not be there."))
                .containsExactly("Sorry not to", "sad to not");
    }

    @Test
    void aPhraseGroupMayBeNamedOptionalOrNested() throws Exception {
        assertThat(TokenPattern.compileAll("[ {neg: have not | haven't } heard ]", LEXICONS)).extracting(
                p -> p.partNames()).containsExactly(List.of("neg"), List.of("neg"));
        assertThat(findPhrased("thank you { so much | { very | ever so } much }? for", "Thank you ever so much for it."))
                .containsExactly("Thank you ever so much for");
        assertThat(findPhrased("thank you { so much | { very | ever so } much }? for", "Thank you for it."))
                .containsExactly("Thank you for");
        assertThat(TokenPattern.compileAll("a { b | c } { d | e }", LEXICONS)).hasSize(4);
    }

    @Test
    void theSingleWordAlternationTrapIsRefusedWithTheGroupToWrite() throws Exception {
        assertRefused("i have not|haven't applied", "'have not|haven't' reads as 'have' followed by one of "
                + "not|haven't, since | joins single words; for the phrase 'have not' or the word 'haven't' "
                + "write { have not | haven't }");
        assertRefused("i do not|don't", "write { do not | don't }");
        assertRefused("my wish list|wishlist", "write { wish list | wishlist }");
        assertRefused("[ i'm|i am|im sure ]", "'i'm|i am|im' reads as one of i'm|i followed by one of am|im, since | "
                + "joins single words; to choose between phrases write a group: { i'm | i am }");
        assertRefused("i'll|i will|i shall tell", "write a group: { i'll | i will }");
        assertRefused("don't|do not", "write a group: { don't | do not }");
        // a word after that does not continue any phrase before: the writer meant single words
        assertThat(TokenPattern.compileAll("i|i'll|i'd|we can|could|will|get|be", LEXICONS)).hasSize(1);
        assertThat(TokenPattern.compileAll("don't|do not|never", LEXICONS)).hasSize(1);
        assertThat(TokenPattern.compileAll("[ { i'm | i am | im } sure ]", LEXICONS)).hasSize(3);
        // an optional first word, or words that are not a contraction of it, are what | is for
        assertThat(TokenPattern.compileAll("i'm|im|i am? so", LEXICONS)).hasSize(1);
        assertThat(TokenPattern.compileAll("i|i'm|i've ..3 desperate", LEXICONS)).hasSize(1);
        assertThat(TokenPattern.compileAll("do? not|don't", LEXICONS)).hasSize(1);
        assertThat(TokenPattern.compileAll("i want|demand|insist", LEXICONS)).hasSize(1);
        assertThat(TokenPattern.compileAll("it is|was|isn't|wasn't", LEXICONS)).hasSize(1);
    }

    @Test
    void aBadPhraseGroupIsRefused() {
        assertThatThrownBy(() -> TokenPattern.compileAll("have not | haven't", LEXICONS))
                .hasMessageContaining("a lone | separates phrases inside a group: { have not | haven't }");
        assertThatThrownBy(() -> TokenPattern.compileAll("{ have not | }", LEXICONS))
                .hasMessageContaining("a group { ... | ... } has an empty phrase");
        assertThatThrownBy(() -> TokenPattern.compileAll("{ a | b } { c | d } { e | f } { g | h } { i | j } { k | l }",
                LEXICONS)).hasMessageContaining("more than 32 phrasings");
        assertRefused("{ a | b }", "compile it with TokenPattern.compileAll");
    }

    private static void assertRefused(String pattern, String message) {
        assertThatThrownBy(() -> TokenPattern.compile(pattern, LEXICONS)).isInstanceOf(TokenPatternException.class)
                .hasMessageContaining(message);
    }
}
