package com.followupcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scenario names the company. A letter that names another organisation as the employer
 * (the one that interviewed, was applied to, or is to be joined) is an error on
 * personalization and caps the score; the right company, or another organisation in another
 * role (a former employer, a university, a client), is not.
 */
class ScenarioCompanyTest {

    private static final Rubric RUBRIC = Rubric.builtIn();
    private static final ScoringEngine ENGINE = new ScoringEngine(RUBRIC);
    private static final Scenario CONTOSO = new Scenario(Optional.of("Contoso Ltd"), Optional.of("Analyst"),
            Optional.of("Jo Lee"), Optional.empty(), Optional.empty(), List.of());

    /** A complete letter that names Contoso; {@code sentence} goes into its first paragraph. */
    private static String letter(String sentence) {
        return """
                Dear Ms Lee,

                Thank you for letting me know your decision about the Analyst role. I understand, and I valued \
                meeting the team at Contoso. %s

                Please keep me in mind for future openings, and I would be grateful for any feedback. You can \
                reach me at sam@example.com or on 07700 900123.

                Kind regards,
                Sam Lee
                """.formatted(sentence);
    }

    private static List<Finding> errors(Critique critique) {
        return critique.findings().stream()
                .filter(f -> f.criterion() == Criterion.PERSONALIZATION && f.severity() == Severity.ERROR).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Thank you again for the interview at Northwind last week.        | Northwind
            I would still love to join Globex.                                | Globex
            I hope to build a career at Fabrikam one day.                     | Fabrikam
            Thank you for considering my application to Northwind Traders.    | Northwind Traders
            I would be glad to become part of Litware in the future.          | Litware
            I still hope to join the Tailspin team.                           | Tailspin
            It reinforced my wish to work for Adventure Works.                | Adventure Works
            I enjoyed learning more about Northwind and its plans.            | Northwind
            It was a pleasure to meet the Wingtip team.                       | Wingtip
            """)
    void anotherOrganisationNamedAsTheEmployerIsAnErrorAndCapsTheScore(String sentence, String wrong) {
        String text = letter(sentence);

        Critique critique = ENGINE.score(text, CONTOSO);

        assertThat(errors(critique)).singleElement().satisfies(f -> {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(wrong);
            assertThat(f.message()).isEqualTo("This names " + wrong + ", but the letter is to Contoso Ltd: "
                    + "use one organisation throughout.");
            assertThat(f.suggestion()).contains("Contoso Ltd");
        });
        assertThat(critique.score()).isLessThanOrEqualTo(RUBRIC.settings().caps().personalization());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thank you again for the interview at Contoso last week.",
        "I would still love to join Contoso.",
        "My work at Initech taught me how to plan delivery routes.",
        "I studied logistics at the University of Leeds.",
        "In my previous role at Initech I led a team of four.",
        "During my internship with Fabrikam I learned SQL.",
        "As a consultant I supported clients such as Globex and Umbrella.",
        "Thank you for the interview at your London office.",
        "I enjoyed learning more about Contoso and its plans.",
        "It was a pleasure to meet the Sales team.",
    })
    void theRightCompanyOrAnotherRoleIsNoError(String sentence) {
        Critique critique = ENGINE.score(letter(sentence), CONTOSO);

        assertThat(errors(critique)).isEmpty();
        assertThat(critique.score()).isGreaterThan(RUBRIC.settings().caps().personalization());
    }
}
