package com.followupcoach.scoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.rubric.Rule;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import com.followupcoach.scoring.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The speed-ups (literal leads expanded through groups and classes, word-start leads looked
 * up only where a word starts, look-arounds skipped) must never lose a match: for every
 * pattern of the built-in rubric, on every labelled letter and on the rules' own examples,
 * trying the pattern only at its candidates finds exactly what a plain {@code find()} scan
 * finds.
 */
class LeadsAgreeWithFullScanTest {

    private static final Rubric RUBRIC = Rubric.builtIn();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(RUBRIC.settings().abbreviations());

    @Test
    void candidatesFindEveryMatchAPlainScanFinds() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String folder : List.of("/letters", "/letters-blind", "/extra-letters")) {
            String manifest = read(folder + "/" + (folder.equals("/extra-letters") ? "manifest.tsv" : "letters.tsv"));
            for (String line : manifest.split("\n")) {
                String file = line.split("\t")[0];
                if (file.endsWith(".txt")) {
                    texts.add(read(folder + "/" + file));
                }
            }
        }
        for (Rule rule : RUBRIC.rules()) {
            rule.matchExamples().forEach(e -> texts.add(e.replace("[[", "").replace("]]", "").split(" => ")[0]));
            texts.addAll(rule.nomatchExamples());
        }
        List<CompiledPattern> patterns = new ArrayList<>();
        for (Rule rule : RUBRIC.rules()) {
            patterns.addAll(new CompiledRule(rule).patterns());
        }
        LeadIndex index = new LeadIndex(patterns);
        List<String> lost = new ArrayList<>();
        for (String t : texts) {
            LetterText text = new LetterText(t, SPLITTER);
            int[][] starts = index.candidates(text.lower());
            for (int p = 0; p < patterns.size(); p++) {
                CompiledPattern pattern = patterns.get(p);
                List<CompiledPattern.Hit> hits = new ArrayList<>();
                pattern.findAll(text, starts[p], hits);
                List<Span> viaLeads = hits.stream().map(CompiledPattern.Hit::span).toList();
                List<Span> viaScan = new ArrayList<>();
                Matcher m = pattern.pattern().matcher(text.norm());
                while (m.find()) {
                    int s = pattern.hasSpanGroup() ? m.start(Rule.SPAN_GROUP) : m.start();
                    int e = pattern.hasSpanGroup() ? m.end(Rule.SPAN_GROUP) : m.end();
                    if (s >= 0 && e > s) {
                        viaScan.add(new Span(s, e));
                    }
                }
                if (!viaLeads.equals(viaScan)) {
                    lost.add(pattern.pattern().pattern() + " on " + t.substring(0, Math.min(60, t.length())) + ": "
                            + viaLeads + " vs " + viaScan);
                }
            }
        }
        assertThat(lost).isEmpty();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = LeadsAgreeWithFullScanTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
