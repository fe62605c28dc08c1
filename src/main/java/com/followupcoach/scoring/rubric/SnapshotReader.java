package com.followupcoach.scoring.rubric;

import com.followupcoach.files.CheckedBytes;
import com.followupcoach.scoring.signal.SignalKind;
import com.followupcoach.scoring.text.Language;
import com.followupcoach.scoring.tokens.Lexicon;
import com.followupcoach.scoring.tokens.TokenPattern;
import com.followupcoach.scoring.tokens.TokenPatternException;
import com.followupcoach.scoring.tokens.WordTest;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Severity;
import com.followupcoach.vocabulary.Status;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The reading side of a {@link RubricSnapshot}, in the order {@link SnapshotWriter} writes.
 * Every count and length is checked against the bytes left, so a damaged snapshot ends in
 * {@link CheckedBytes.Damaged}, never in a huge allocation.
 */
final class SnapshotReader extends CheckedBytes {

    /** @param end where the reading stops (the closing checksum is not part of the snapshot) */
    SnapshotReader(byte[] data, int end) {
        super(data, end);
    }

    boolean header() throws Damaged {
        return readInt() == RubricSnapshot.MAGIC && readInt() == RubricSnapshot.FORMAT;
    }

    Rubric rubric(RubricSnapshot.Origin origin) throws Damaged, TokenPatternException {
        Settings settings = settings();
        int criteriaCount = count();
        Map<Criterion, CriterionSpec> criteria = new EnumMap<>(Criterion.class);
        for (int i = 0; i < criteriaCount; i++) {
            CriterionSpec spec = criterion();
            criteria.put(spec.criterion(), spec);
        }
        Map<String, String> misspellings = map();
        Map<String, String> spellings = map();
        int lexiconCount = count();
        Map<String, Lexicon> lexicons = new HashMap<>();
        for (int i = 0; i < lexiconCount; i++) {
            Lexicon lexicon = lexicon();
            lexicons.put(lexicon.name(), lexicon);
        }
        Language.PhraseFinder markers = phrases(lexicons);
        Language.PhraseFinder alone = phrases(lexicons);
        int ruleCount = count();
        List<RuleText> texts = new ArrayList<>(ruleCount);
        for (int i = 0; i < ruleCount; i++) {
            texts.add(rule(origin));
        }
        if (remaining() != 0) {
            throw new Damaged();
        }
        List<Rule> rules = compiled(texts, lexicons);
        Settings.Negation n = settings.negation();
        Language language = new Language(new Language.NegationRules(n.window(), n.words(), n.notBefore(),
                n.clauseBreaks(), n.disclaimers()), spellings, markers, alone);
        return new Rubric(origin.rubricName(), criteria, rules, misspellings, settings, language);
    }

    private Settings settings() throws Damaged {
        Settings.Caps caps = new Settings.Caps(readInt(), readInt(), readInt(), readInt(), readInt(), readInt());
        Settings.Length length = new Settings.Length(readInt(), readInt(), readInt(), readInt());
        Settings.Timing timing = new Settings.Timing(readInt(), readInt());
        Settings.Negation negation = new Settings.Negation(readInt(), stringSet(), stringSet(), stringSet(),
                stringSet());
        return new Settings(caps, length, timing, negation, stringSet(), stringSet(), readInt(), readInt());
    }

    private CriterionSpec criterion() throws Damaged {
        Criterion criterion = Criterion.byId(string()).orElseThrow(Damaged::new);
        int weight = readInt();
        String lesson = string();
        Map<String, String> messages = map();
        if (readByte() == 1) {
            CriterionPolicy.Measure measure = CriterionPolicy.Measure.byId(string()).orElseThrow(Damaged::new);
            return new CriterionSpec(criterion, weight, lesson, messages, new CriterionPolicy.Measured(measure));
        }
        int clauseCount = count();
        List<CriterionPolicy.Clause> clauses = new ArrayList<>(clauseCount);
        for (int i = 0; i < clauseCount; i++) {
            clauses.add(new CriterionPolicy.Clause(kinds(), kinds(), Status.valueOf(string()), string()));
        }
        int noteCount = count();
        List<CriterionPolicy.Note> notes = new ArrayList<>(noteCount);
        for (int i = 0; i < noteCount; i++) {
            notes.add(new CriterionPolicy.Note(kinds(), kinds(), string()));
        }
        return new CriterionSpec(criterion, weight, lesson, messages, new CriterionPolicy.Clauses(clauses, notes));
    }

    private Lexicon lexicon() throws Damaged {
        String name = string();
        int entryCount = count();
        WordTest.Kind[] kinds = WordTest.Kind.values();
        List<List<WordTest>> entries = new ArrayList<>(entryCount);
        for (int e = 0; e < entryCount; e++) {
            int words = count();
            List<WordTest> entry = new ArrayList<>(words);
            for (int w = 0; w < words; w++) {
                int kind = readByte();
                if (kind < 0 || kind >= kinds.length) {
                    throw new Damaged();
                }
                entry.add(WordTest.of(kinds[kind], string()));
            }
            entries.add(entry);
        }
        return new Lexicon(name, entries);
    }

    private Language.PhraseFinder phrases(Map<String, Lexicon> lexicons) throws Damaged {
        int n = readInt();
        if (n == -1) {
            return Language.PhraseFinder.NONE;
        }
        if (n < 0 || n > remaining()) {
            throw new Damaged();
        }
        List<Lexicon> named = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            named.add(known(lexicons, string()));
        }
        return new LexiconPhrases(named);
    }

    /** A rule as read, its token patterns not yet compiled. */
    private record RuleText(String id, Criterion criterion, RuleKind kind, Severity severity, boolean disputes,
                            boolean demands, boolean register, int minCount, boolean negatable, String message,
                            Optional<String> suggestion, List<String> match, List<String> nomatch, String source,
                            int line, List<String> patterns,
                            List<Optional<String>> suggestions, List<String> unless, boolean wholeSentence) {

        Rule compile(Map<String, Lexicon> lexicons) throws TokenPatternException {
            List<TokenPattern> compiled = new ArrayList<>(patterns.size());
            for (String pattern : patterns) {
                compiled.add(TokenPattern.recompile(pattern, lexicons));
            }
            List<TokenPattern> exceptions = new ArrayList<>(unless.size());
            for (String pattern : unless) {
                exceptions.add(TokenPattern.recompile(pattern, lexicons));
            }
            return new Rule(id, criterion, kind, severity, disputes, demands, register, minCount, negatable, message, suggestion,
                    match, nomatch, source, line, new RuleTokens(compiled, suggestions, exceptions), wholeSentence);
        }
    }

    /** From how many rules the second half's patterns are compiled on a thread of their own. */
    private static final int HALVES_FROM = 64;

    /**
     * The rules with their token patterns compiled: on a cold start compiling the built-in
     * rubric's thousand patterns is most of its load, so the second half of the rules is
     * compiled on a thread of its own (a second core, free on a short letter) while this one
     * compiles the first. The rules come in the order read either way.
     */
    private static List<Rule> compiled(List<RuleText> texts, Map<String, Lexicon> lexicons)
            throws TokenPatternException {
        int half = texts.size() >= HALVES_FROM ? texts.size() / 2 : texts.size();
        FutureTask<List<Rule>> later = new FutureTask<>(() -> compiled(texts, half, texts.size(), lexicons));
        if (half < texts.size()) {
            Thread thread = new Thread(later, "rubric-patterns");
            thread.setDaemon(true);
            thread.start();
        }
        List<Rule> rules = compiled(texts, 0, half, lexicons);
        if (half < texts.size()) {
            rules.addAll(joined(later));
        }
        return rules;
    }

    private static List<Rule> compiled(List<RuleText> texts, int from, int to, Map<String, Lexicon> lexicons)
            throws TokenPatternException {
        List<Rule> rules = new ArrayList<>(texts.size());
        for (int i = from; i < to; i++) {
            rules.add(texts.get(i).compile(lexicons));
        }
        return rules;
    }

    /** The other thread's rules; its failure thrown here as it was thrown there. */
    private static List<Rule> joined(FutureTask<List<Rule>> later) throws TokenPatternException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return later.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TokenPatternException cause) {
                throw cause;
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private RuleText rule(RubricSnapshot.Origin origin) throws Damaged {
        String id = string();
        Criterion criterion = Criterion.byId(string()).orElseThrow(Damaged::new);
        RuleKind kind = RuleKind.valueOf(string());
        Severity severity = Severity.valueOf(string());
        boolean disputes = readBoolean();
        boolean demands = readBoolean();
        boolean register = readBoolean();
        int minCount = readInt();
        boolean negatable = readBoolean();
        String message = string();
        Optional<String> suggestion = optional();
        List<String> match = strings();
        List<String> nomatch = strings();
        String relative = string();
        String source = relative.equals(RubricSnapshot.RUBRIC_FILE) ? origin.rubricName() : origin.shownName(relative);
        int line = readInt();
        int patternCount = count();
        List<String> patterns = new ArrayList<>(patternCount);
        List<Optional<String>> suggestions = new ArrayList<>(patternCount);
        for (int i = 0; i < patternCount; i++) {
            patterns.add(string());
            suggestions.add(optional());
        }
        int unlessCount = count();
        List<String> unless = new ArrayList<>(unlessCount);
        for (int i = 0; i < unlessCount; i++) {
            unless.add(string());
        }
        boolean wholeSentence = readBoolean();
        return new RuleText(id, criterion, kind, severity, disputes, demands, register, minCount, negatable, message, suggestion,
                match, nomatch, source, line, patterns, suggestions, unless, wholeSentence);
    }

    private static Lexicon known(Map<String, Lexicon> lexicons, String name) throws Damaged {
        Lexicon lexicon = lexicons.get(name);
        if (lexicon == null) {
            throw new Damaged();
        }
        return lexicon;
    }

    private List<SignalRef> kinds() throws Damaged {
        int n = count();
        List<SignalRef> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new SignalRef(SignalKind.valueOf(string()), optional().map(Criterion::valueOf)));
        }
        return out;
    }

    private Optional<String> optional() throws Damaged {
        return readBoolean() ? Optional.of(string()) : Optional.empty();
    }

    private Set<String> stringSet() throws Damaged {
        return new HashSet<>(strings());
    }

    private Map<String, String> map() throws Damaged {
        int n = count();
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(string(), string());
        }
        return out;
    }
}
