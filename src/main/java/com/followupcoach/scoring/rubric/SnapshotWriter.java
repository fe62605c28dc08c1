package com.followupcoach.scoring.rubric;

import com.followupcoach.scoring.text.Language;
import com.followupcoach.scoring.tokens.Lexicon;
import com.followupcoach.scoring.tokens.TokenPattern;
import com.followupcoach.scoring.tokens.WordTest;
import com.followupcoach.vocabulary.Criterion;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The writing side of a {@link RubricSnapshot}: every part of a rubric, in the order {@link SnapshotReader} reads it. */
final class SnapshotWriter extends DataOutputStream {

    SnapshotWriter(ByteArrayOutputStream out) {
        super(out);
    }

    void rubric(RubricParser.Parsed parsed, Map<String, String> relativeOf) throws IOException {
        Rubric rubric = parsed.rubric();
        settings(rubric.settings());
        writeInt(rubric.criteria().size());
        for (CriterionSpec spec : rubric.criteria().values()) {
            criterion(spec);
        }
        map(rubric.misspellings());
        map(rubric.language().spellings());
        writeInt(parsed.lexicons().size());
        for (Lexicon lexicon : parsed.lexicons().values()) {
            lexicon(lexicon);
        }
        phrases(rubric.language().ironyMarkers());
        phrases(rubric.language().ironyAlone());
        writeInt(rubric.rules().size());
        for (Rule rule : rubric.rules()) {
            rule(rule, relativeOf);
        }
    }

    private void settings(Settings s) throws IOException {
        Settings.Caps c = s.caps();
        ints(c.missingEssential(), c.harmfulTone(), c.realisticExpectations(), c.wrongGenre(), c.personalization(),
                c.rambling());
        ints(s.length().idealMin(), s.length().idealMax(), s.length().tooLong(), s.length().rambleWords());
        ints(s.timing().minDays(), s.timing().maxDays());
        writeInt(s.negation().window());
        strings(s.negation().words());
        strings(s.negation().notBefore());
        strings(s.negation().clauseBreaks());
        strings(s.negation().disclaimers());
        strings(s.abbreviations());
        strings(s.allowedRepeats());
        ints(s.paragraphsFromWords(), s.mechanicsMissingFrom());
    }

    private void criterion(CriterionSpec spec) throws IOException {
        string(spec.criterion().id());
        writeInt(spec.weight());
        string(spec.lesson());
        map(spec.messages());
        if (spec.policy() instanceof CriterionPolicy.Measured m) {
            writeByte(1);
            string(m.measure().id());
            return;
        }
        CriterionPolicy.Clauses clauses = (CriterionPolicy.Clauses) spec.policy();
        writeByte(0);
        writeInt(clauses.clauses().size());
        for (CriterionPolicy.Clause clause : clauses.clauses()) {
            kinds(clause.when());
            kinds(clause.unless());
            string(clause.then().name());
            string(clause.message());
        }
        writeInt(clauses.notes().size());
        for (CriterionPolicy.Note note : clauses.notes()) {
            kinds(note.when());
            kinds(note.unless());
            string(note.message());
        }
    }

    private void lexicon(Lexicon lexicon) throws IOException {
        string(lexicon.name());
        writeInt(lexicon.entries().size());
        for (List<WordTest> entry : lexicon.entries()) {
            writeInt(entry.size());
            for (WordTest word : entry) {
                writeByte(word.kind().ordinal());
                string(word.value());
            }
        }
    }

    private void phrases(Language.PhraseFinder finder) throws IOException {
        if (finder == Language.PhraseFinder.NONE) {
            writeInt(-1);
            return;
        }
        if (!(finder instanceof LexiconPhrases phrases)) {
            throw new IllegalArgumentException("a phrase finder that is not a list of lexicons");
        }
        writeInt(phrases.lexicons().size());
        for (Lexicon lexicon : phrases.lexicons()) {
            string(lexicon.name());
        }
    }

    private void rule(Rule rule, Map<String, String> relativeOf) throws IOException {
        String relative = relativeOf.get(rule.source());
        if (relative == null) {
            throw new IllegalArgumentException("rule " + rule.id() + " comes from a file the rubric did not read");
        }
        string(rule.id());
        string(rule.criterion().id());
        string(rule.kind().name());
        string(rule.severity().name());
        writeBoolean(rule.disputes());
        writeBoolean(rule.demands());
        writeBoolean(rule.register());
        writeInt(rule.minCount());
        writeBoolean(rule.negatable());
        string(rule.message());
        optional(rule.suggestion());
        strings(rule.matchExamples());
        strings(rule.nomatchExamples());
        string(relative);
        writeInt(rule.line());
        RuleTokens tokens = rule.tokens();
        writeInt(tokens.patterns().size());
        for (int i = 0; i < tokens.patterns().size(); i++) {
            string(tokens.patterns().get(i).source());
            optional(tokens.suggestions().get(i));
        }
        writeInt(tokens.unless().size());
        for (TokenPattern pattern : tokens.unless()) {
            string(pattern.source());
        }
        writeBoolean(rule.wholeSentence());
    }

    private void ints(int... values) throws IOException {
        for (int v : values) {
            writeInt(v);
        }
    }

    private void kinds(List<SignalRef> refs) throws IOException {
        writeInt(refs.size());
        for (SignalRef ref : refs) {
            string(ref.kind().name());
            optional(ref.of().map(Criterion::name));
        }
    }

    private void optional(Optional<String> value) throws IOException {
        writeBoolean(value.isPresent());
        if (value.isPresent()) {
            string(value.get());
        }
    }

    private void strings(Collection<String> values) throws IOException {
        writeInt(values.size());
        for (String v : values) {
            string(v);
        }
    }

    private void map(Map<String, String> map) throws IOException {
        writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            string(e.getKey());
            string(e.getValue());
        }
    }

    void string(String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        writeInt(bytes.length);
        write(bytes);
    }
}
