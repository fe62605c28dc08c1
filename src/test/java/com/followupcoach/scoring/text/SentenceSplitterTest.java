package com.followupcoach.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a sentence ends after an abbreviation: a title opens a name, a company's legal form closes one. */
class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter(
            Set.of("mr", "ms", "dr", "inc", "ltd", "co", "corp", "etc"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I would love to work at Sunrise Infotech Pvt Ltd. Since when does loyalty count for nothing?|2",
        "I enjoyed meeting the team at Acme Inc. The office was lovely.|2",
        "I can do rotas, stock counts etc. Thank you for your time.|2",
        "I met Dr. Okafor and Mr. Jones on Friday.|1",
        "I worked for Hanley Co. Ltd. for six years.|1",
        "Acme Ltd. is a fine firm.|1",
        "Acme Ltd. and its staff were kind.|1",
    })
    void aLegalFormEndsTheSentenceWhenACapitalFollows(String text, int sentences) {
        List<Span> split = SPLITTER.split(text, List.of(new Span(0, text.length())));
        assertThat(split).hasSize(sentences);
    }
}
