package com.followupcoach.scoring.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator itself: complete, distinct, deterministic, and able to notice a broken case. */
class GeneratorTest {

    private static final Lexicon LEXICON = Lexicon.load();
    private static final List<Case> CASES = Suite.standard();

    @Test
    void theSameSeedGivesTheSameLettersAndAnotherSeedOthers() {
        assertThat(texts(Suite.generate(Suite.SEED))).isEqualTo(texts(CASES));
        Filler filler = new Filler(LEXICON);
        MinimumFunctionCases.Spec spec = MinimumFunctionCases.SPECS.get(0);
        assertThat(texts(MinimumFunctionCases.generate(spec, filler, Suite.SEED + 1, 50)))
                .isNotEqualTo(texts(MinimumFunctionCases.generate(spec, filler, Suite.SEED, 50)));
    }

    @Test
    void everySlotOfEveryEntryFillsFromTheLexiconOrThePersona() {
        Filler filler = new Filler(LEXICON);
        Random random = new Random(7);
        for (String section : LEXICON.names()) {
            for (String entry : LEXICON.get(section)) {
                for (int i = 0; i < 5; i++) {
                    String text = Filler.render(filler.fill(entry, random), Persona.random(random, LEXICON));
                    assertThat(text).as("[%s] %s", section, entry).doesNotContain("{", "}");
                }
            }
        }
    }

    @Test
    void everyGeneratedCaseIsWellFormed() {
        assertThat(CASES.stream().flatMap(c -> CaseCheck.malformed(c).stream())).isEmpty();
    }

    @Test
    void aCaseWithAnUnfilledSlotOrTwoEqualLettersIsReportedMalformed() {
        Expectation any = new Expectation("anything", verdicts -> java.util.Optional.empty());
        Case unfilled = new Case("x#0", "x", TestType.MFT, List.of(Letter.bare("Dear {nobody}, thanks.")), "t", any);
        Case same = new Case("y#0", "y", TestType.INV, List.of(Letter.bare("Thanks."), Letter.bare("Thanks.")), "t", any);
        assertThat(CaseCheck.malformed(unfilled)).singleElement().asString().contains("{nobody}");
        assertThat(CaseCheck.malformed(same)).singleElement().asString().contains("same text");
    }

    @Test
    void everyClassHasManyDistinctCasesAndEveryTemplateClassFiveWordings() {
        Map<String, List<Case>> byClass = CASES.stream().collect(Collectors.groupingBy(Case::className));
        assertThat(byClass.keySet()).containsExactlyInAnyOrderElementsOf(Suite.classNames());
        byClass.forEach((name, cases) -> {
            assertThat(cases).as(name).hasSizeGreaterThanOrEqualTo(100);
            Set<String> distinct = new HashSet<>();
            cases.forEach(c -> assertThat(distinct.add(String.join("\u0000", c.letters().stream()
                    .map(Letter::text).toList()))).as("duplicate case in %s: %s", name, c.id()).isTrue());
        });
        assertThat(CASES.stream().map(Case::id).distinct().count()).isEqualTo(CASES.size());
        LEXICON.names().stream().filter(n -> n.startsWith(Lexicon.TEMPLATES))
                .forEach(n -> assertThat(LEXICON.get(n)).as(n).hasSizeGreaterThanOrEqualTo(5));
    }

    @Test
    void surfacesChangeOnlyTheSurface() {
        assertThat(Surface.CONTRACTED.apply("I am sure it is fine. Do not worry.")).isEqualTo("I'm sure it's fine. Don't worry.");
        assertThat(Surface.EXPANDED.apply("I'd hoped so, but I'm fine and I'd like to stay.")).isEqualTo(
                "I had hoped so, but I am fine and I would like to stay.");
        assertThat(Surface.AMERICAN.apply("I realise the organisation's programme is organised."))
                .isEqualTo("I realize the organization's program is organized.");
        assertThat(Surface.BRITISH.apply("I realize the color.")).isEqualTo("I realise the colour.");
        assertThat(Surface.PHONE_TYPED.apply("I am sure it is fine. Do not worry, I'd say.")).isEqualTo(
                "Im sure it's fine. Dont worry, I'd say.");
        assertThat(Surface.LOOSE_PUNCTUATION.apply("Thanks, Jo.\nBest,\nSam")).isEqualTo("Thanks Jo\nBest\nSam");
        assertThat(Surface.RUN_ON.apply("Thank you. I understand. Since then I grew.\nDear Mr Lee."))
                .isEqualTo("Thank you, and I understand, and since then I grew.\nDear Mr Lee.");
    }

    @Test
    void invariancePairsDifferOnlyInWhatTheyChange() {
        for (Case c : CASES) {
            if (c.className().equals("inv.company")) {
                String before = c.letters().get(0).text();
                String company = c.letters().get(0).setting().company().orElseThrow();
                String other = c.letters().get(1).setting().company().orElseThrow();
                assertThat(before.replace(company, other)).as(c.id()).isEqualTo(c.letters().get(1).text());
            }
        }
    }

    private static List<String> texts(List<Case> cases) {
        return cases.stream().flatMap(c -> c.letters().stream()).map(Letter::text).toList();
    }
}
