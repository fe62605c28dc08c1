package com.followupcoach.scoring.rubric;

import com.followupcoach.files.Problem;
import com.followupcoach.files.yaml.Fields;
import com.followupcoach.files.yaml.FileProblems;
import com.followupcoach.files.yaml.Typos;
import com.followupcoach.files.yaml.YamlNode;
import com.followupcoach.files.yaml.YamlReader;
import com.followupcoach.scoring.text.Language;
import com.followupcoach.scoring.tokens.Lexicon;
import com.followupcoach.scoring.tokens.TokenPattern;
import com.followupcoach.scoring.tokens.TokenPatternException;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates rubric YAML through the shared binder ({@link Fields}). Every problem
 * of the rubric and its rule files is collected (a broken rule is reported and skipped, the
 * next one still read); if there are any, they are thrown together in one
 * {@link RubricException}, the first in its message.
 */
public final class RubricParser {

    private static final Set<String> TOP = Set.of("version", "settings", "criteria", "rules", "ruleFiles",
            "misspellings", "language");
    private static final Set<String> LANGUAGE = Set.of("spellings", "ironyMarkers", "ironyAlone");
    private static final Pattern SPELLINGS_FILE = Pattern.compile("[A-Za-z0-9_-]{1,60}\\.txt");
    private static final Set<String> RULE_FILE = Set.of("rules", "exceptionSets");
    private static final Pattern RELATIVE_FILE = Pattern.compile("[A-Za-z0-9_-]{1,60}(?:/[A-Za-z0-9_-]{1,60}){0,4}\\.yaml");
    private static final Set<String> CRITERION = Set.of("weight", "lesson", "messages", "policy", "measure", "notes");
    private static final Set<String> RULE = Set.of("id", "criterion", "kind", "severity", "disputes", "demands",
            "register", "minCount", "negatable", "tokens", "unlessTokens", "unlessSets", "message", "suggestion", "examples",
            "scope");
    /** Fields of rubrics written before rules were token patterns: named, so the fix can be said. */
    private static final Map<String, String> RETIRED = Map.of(
            "patterns", "regular expressions are no longer read: write the rule as `tokens:` (token patterns, "
                    + "described at the top of rubric.yaml)",
            "unless", "regular expressions are no longer read: write the exception as `unlessTokens:` (token "
                    + "patterns)",
            "caseSensitive", "token patterns ignore case; ask for it in the pattern (=word, %cap, %caps)");
    private static final Set<String> RULE_OR_RETIRED = union(RULE, RETIRED.keySet());
    private static final Set<String> EXAMPLES = Set.of("match", "nomatch");
    private static final Set<String> PATTERN = Set.of("pattern", "suggestion");
    private static final Pattern TEMPLATE_REF = Pattern.compile("\\{([A-Za-z0-9]{1,30})\\}");
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,8}");
    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z_]{1,40}");

    private final String source;
    private final FileProblems report;
    private final RubricFiles files;
    private final LexiconReader lexicons;
    private final List<Problem> problems;

    private RubricParser(String source, RubricFiles files, LexiconReader lexicons, List<Problem> problems) {
        this.source = source;
        this.report = new FileProblems(source, problems);
        this.files = files;
        this.lexicons = lexicons;
        this.problems = problems;
    }

    public static Rubric parse(String yaml, String sourceName) throws RubricException {
        return parse(yaml, sourceName, RubricFiles.NONE);
    }

    /** @param files reads the files the rubric names beside itself ({@code ruleFiles}) */
    public static Rubric parse(String yaml, String sourceName, RubricFiles files) throws RubricException {
        return parseWithLexicons(yaml, sourceName, files).rubric();
    }

    /** A rubric and every lexicon its rules and language layer read, by name (what a snapshot keeps). */
    record Parsed(Rubric rubric, Map<String, Lexicon> lexicons) {
    }

    static Parsed parseWithLexicons(String yaml, String sourceName, RubricFiles files) throws RubricException {
        List<Problem> problems = new ArrayList<>();
        LexiconReader lexicons = new LexiconReader(files);
        RubricParser parser = new RubricParser(sourceName, files, lexicons, problems);
        Optional<Rubric> rubric = YamlReader.read(yaml, 0, parser.report).flatMap(parser::read);
        if (!problems.isEmpty() || rubric.isEmpty()) {
            throw new RubricException(problems.isEmpty() ? List.of(new Problem(sourceName, 0, "cannot be read")) : problems);
        }
        return new Parsed(rubric.get(), lexicons.loaded());
    }

    /** A required value the binder found missing or malformed: already reported, so the part is skipped. */
    static final class Reported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Reported() {
            super(null, null, false, false);
        }
    }

    /** The value, or skip the part being read (the binder has reported why). */
    static <T> T need(Optional<T> value) {
        return value.orElseThrow(Reported::new);
    }

    @FunctionalInterface
    private interface Part<T> {
        T read() throws RubricException;
    }

    /**
     * Reads one part (a rule, a criterion, the settings); its problem is reported and it is
     * skipped, so the rest of the file is still checked. A part the binder reported any
     * problem in is skipped too.
     */
    private <T> Optional<T> part(Part<T> part) {
        int before = problems.size();
        try {
            T value = part.read();
            return problems.size() > before ? Optional.empty() : Optional.ofNullable(value);
        } catch (RubricException e) {
            problems.addAll(e.problems());
        } catch (Reported e) {
            // already reported where it was found
        }
        return Optional.empty();
    }

    private Optional<Rubric> read(YamlNode root) {
        Optional<Fields> found = Fields.of(root, "the rubric", TOP, report);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields top = found.get();
        top.requiredNumber("version", 1, 1);
        // The spelling map comes first: lexicons and token patterns are read respelt through it.
        Optional<Fields> language = top.node("language").flatMap(node -> Fields.of(node, "language", LANGUAGE, report));
        language.filter(l -> l.has("spellings")).flatMap(l -> part(() -> spellings(l))).ifPresent(lexicons::useSpellings);
        // Misspellings are read as their right spelling too, before any rule or word class is read.
        Map<String, String> misspellings = top.node("misspellings").flatMap(node -> part(() -> misspellings(node)))
                .orElse(Map.of());
        lexicons.useSpellings(lexicons.spellings().withCorrections(misspellings));
        Optional<Settings> settings = top.required("settings")
                .flatMap(node -> part(() -> new SettingsReader(report).read(node)));
        Map<Criterion, CriterionSpec> criteria = top.required("criteria").map(this::criteria).orElse(Map.of());
        List<Rule> rules = new ArrayList<>();
        top.node("rules").ifPresent(node -> rules.addAll(rules(node)));
        for (YamlNode.Scalar file : top.texts("ruleFiles", true).orElse(List.of())) {
            part(() -> ruleFile(file)).ifPresent(rules::addAll);
        }
        if (!top.has("rules") && !top.has("ruleFiles")) {
            report.at(top.line(), "the rubric needs 'rules' or 'ruleFiles'");
        }
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (!ids.add(rule.id())) {
                problems.add(new Problem(rule.source(), rule.line(), "rule id '" + rule.id() + "' is used twice"));
            }
        }
        Optional<Language> languageLayer = settings.flatMap(s -> part(() -> language(s, language.orElse(null))));
        if (!problems.isEmpty() || settings.isEmpty() || languageLayer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rubric(source, criteria, rules, misspellings, settings.get(), languageLayer.get()));
    }

    /** The lexicons named under {@code key} (one name or a list), read as one class: the longest phrase wins. */
    private Language.PhraseFinder namedLexicons(Fields language, String key) throws RubricException {
        List<Lexicon> named = new ArrayList<>();
        for (YamlNode.Scalar name : language.texts(key, true).orElse(List.of())) {
            if (!KEBAB.matcher(name.value()).matches()) {
                throw new RubricException(source, name.line(), "'" + key
                        + "' must name lexicons in kebab-case, like irony-marker");
            }
            named.add(lexicon(name.value(), "language", name.line()));
        }
        return new LexiconPhrases(named);
    }

    /** The spelling map the rubric names: a .txt file beside it. */
    private SpellingMap spellings(Fields language) throws RubricException {
        String name = need(language.requiredText("spellings"));
        if (!SPELLINGS_FILE.matcher(name).matches()) {
            throw new RubricException(source, language.line("spellings"), "'spellings' must name a .txt file beside "
                    + "the rubric, like spellings.txt");
        }
        return SpellingMap.parse(files.read(name, source, language.line("spellings")));
    }

    /** What the language layer needs: the negation settings, the spelling map and the irony classes. */
    private Language language(Settings settings, Fields language) throws RubricException {
        Settings.Negation n = settings.negation();
        Language.NegationRules negation = new Language.NegationRules(n.window(), n.words(), n.notBefore(),
                n.clauseBreaks(), n.disclaimers());
        Language.PhraseFinder markers = language == null ? Language.PhraseFinder.NONE
                : namedLexicons(language, "ironyMarkers");
        Language.PhraseFinder alone = language == null ? Language.PhraseFinder.NONE
                : namedLexicons(language, "ironyAlone");
        return new Language(negation, lexicons.spellings().asMap(), markers, alone);
    }

    private Map<Criterion, CriterionSpec> criteria(YamlNode node) {
        Map<Criterion, CriterionSpec> out = new EnumMap<>(Criterion.class);
        Optional<Fields> found = Fields.open(node, "'criteria'", report);
        if (found.isEmpty()) {
            return out;
        }
        Fields all = found.get();
        List<String> absent = criterionIds().stream().filter(id -> !all.keys().contains(id)).toList();
        // A misspelt criterion ("tonee") is one mistake: it is reported with the id it was
        // probably meant as, and that id is not reported again as missing.
        Map<String, String> meant = new HashMap<>();
        for (String key : all.keys()) {
            if (Criterion.byId(key).isEmpty()) {
                Typos.nearest(absent, key).ifPresent(id -> meant.put(key, id));
            }
        }
        for (String key : all.keys()) {
            part(() -> criterion(key, all, Optional.ofNullable(meant.get(key)))).ifPresent(spec ->
                    out.put(spec.criterion(), spec));
        }
        for (String id : absent) {
            if (!meant.containsValue(id)) {
                report.at(all.line(), "criterion '" + id + "' is missing from 'criteria'");
            }
        }
        return out;
    }

    private CriterionSpec criterion(String key, Fields all, Optional<String> meant) throws RubricException {
        Criterion criterion = Criterion.byId(key).orElseThrow(() -> new RubricException(source, all.line(key),
                "unknown criterion '" + key + "'" + meant.map(id -> "; did you mean '" + id + "'?")
                        .orElse("; expected one of " + criterionIds())));
        if (!all.has(key)) {
            throw new RubricException(source, all.line(key), "criterion '" + key + "' is empty; it needs a weight, "
                    + "a lesson and messages");
        }
        Fields f = need(all.child(key, "criterion '" + key + "'", CRITERION));
        int weight = need(f.requiredNumber("weight", 0, 100));
        String lesson = need(f.requiredText("lesson"));
        if (!KEBAB.matcher(lesson).matches()) {
            throw new RubricException(source, f.line("lesson"), "lesson id '" + lesson
                    + "' must be kebab-case, like 'asking-for-feedback'");
        }
        Map<String, String> messages = messages(need(f.required("messages")), key);
        CriterionPolicy policy = new PolicyReader(report).read(f, key, messages);
        return new CriterionSpec(criterion, weight, lesson, messages, policy);
    }

    private Map<String, String> messages(YamlNode node, String criterion) throws RubricException {
        Fields f = need(Fields.open(node, "'messages' of '" + criterion + "'", report));
        Map<String, String> out = new HashMap<>();
        for (String key : f.keys()) {
            if (!MESSAGE_KEY.matcher(key).matches()) {
                throw new RubricException(source, f.line(key), "message key '" + key + "' must be lower_case");
            }
            out.put(key, need(f.requiredText(key)));
        }
        for (String required : List.of("met", "partial", "missing")) {
            if (!out.containsKey(required)) {
                throw new RubricException(source, f.line(), "messages of '" + criterion + "' need '" + required + "'");
            }
        }
        return out;
    }

    /**
     * One file of rules named by {@code ruleFiles}: a mapping with a single {@code rules} list.
     * Its problems are reported against that file and its lines.
     */
    private List<Rule> ruleFile(YamlNode.Scalar name) throws RubricException {
        String relative = name.value().trim();
        if (!RELATIVE_FILE.matcher(relative).matches()) {
            throw new RubricException(source, name.line(), "rule file '" + relative
                    + "' must be a .yaml path beside the rubric, like rules/tone.yaml");
        }
        RubricFiles.Text file = files.read(relative, source, name.line());
        RubricParser reader = new RubricParser(file.source(), files, lexicons, problems);
        Optional<Fields> root = YamlReader.read(file.text(), 0, reader.report)
                .flatMap(node -> Fields.of(node, "the rule file", RULE_FILE, reader.report));
        if (root.isEmpty()) {
            return List.of();
        }
        Map<String, List<TokenPattern>> sets = root.get().node("exceptionSets")
                .flatMap(node -> reader.part(() -> reader.exceptionSets(node)))
                .orElse(Map.of());
        return root.get().required("rules").map(node -> reader.rules(node, sets)).orElse(List.of());
    }

    /**
     * A rule file's named exception sets: exceptions that several of its rules share (a request
     * the writer declines, say), written once and named by each rule's {@code unlessSets}.
     */
    private Map<String, List<TokenPattern>> exceptionSets(YamlNode node) throws RubricException {
        Fields f = need(Fields.open(node, "'exceptionSets'", report));
        Map<String, List<TokenPattern>> out = new LinkedHashMap<>();
        for (String name : f.keys()) {
            if (!KEBAB.matcher(name).matches()) {
                throw new RubricException(source, f.line(name), "exception set '" + name + "' must be kebab-case");
            }
            List<TokenPattern> patterns = tokenPatterns(f, name, "exception set '" + name + "'", null);
            if (patterns.isEmpty()) {
                throw new RubricException(source, f.line(name), "exception set '" + name + "' needs at least one pattern");
            }
            out.put(name, patterns);
        }
        return out;
    }

    private List<Rule> rules(YamlNode node) {
        return rules(node, Map.of());
    }

    private List<Rule> rules(YamlNode node, Map<String, List<TokenPattern>> sets) {
        if (!(node instanceof YamlNode.Sequence s)) {
            report.at(node.line(), "`rules` must be a list of rules (lines starting with `- `)");
            return List.of();
        }
        List<Rule> out = new ArrayList<>();
        for (YamlNode item : s.items()) {
            part(() -> rule(item, sets)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * One rule. Its fields are checked independently, so that every mistake in a rule is
     * listed at once (a misspelt criterion and a wrong severity are two lines, not one now
     * and the other after the fix); the rule is skipped if any of them is wrong.
     */
    private Rule rule(YamlNode node, Map<String, List<TokenPattern>> sets) throws RubricException {
        Fields f = need(Fields.of(node, "a rule", RULE_OR_RETIRED, report));
        int before = problems.size();
        for (Map.Entry<String, String> retired : RETIRED.entrySet()) {
            if (f.has(retired.getKey())) {
                report.at(f.line(retired.getKey()), "`" + retired.getKey() + "`: " + retired.getValue());
            }
        }
        Optional<String> id = part(() -> ruleId(f));
        String what = id.map(i -> "rule '" + i + "'").orElse("the rule on line " + f.line());
        Optional<Criterion> criterion = part(() -> known(f, "criterion", what, Criterion::byId, criterionIds()));
        Optional<RuleKind> kind = part(() -> known(f, "kind", what, RuleKind::byId,
                Arrays.stream(RuleKind.values()).map(RuleKind::id).toList()));
        Optional<Severity> severity = part(() -> severity(f, kind, what));
        Optional<Boolean> wholeSentence = part(() -> wholeSentence(f, kind, what));
        List<Optional<String>> tokenSuggestions = new ArrayList<>();
        Optional<List<TokenPattern>> tokens = part(() -> tokens(f, kind, what, tokenSuggestions));
        Optional<List<TokenPattern>> unlessTokens = part(() -> unlessTokens(f, what, sets));
        String message = f.text("message").orElse("");
        if (kind.orElse(null) == RuleKind.PROBLEM && message.isBlank()) {
            report.at(f.line(), what + " is a problem and needs a 'message'");
        }
        Optional<String> suggestion = f.text("suggestion");
        tokens.ifPresent(patterns -> part(() -> suggestionParts(f, what, patterns, tokenSuggestions, suggestion)));
        Optional<Fields> examples = f.required("examples")
                .flatMap(n -> Fields.of(n, "examples of " + what, EXAMPLES, report));
        Optional<List<String>> match = examples.flatMap(e -> part(() -> examples(e, "match", true, what)));
        Optional<List<String>> nomatch = examples.flatMap(e -> part(() -> examples(e, "nomatch", false, what)));
        Optional<Integer> minCount = f.has("minCount") ? f.number("minCount", 1, 20) : Optional.of(1);
        Optional<Boolean> disputes = f.has("disputes") ? f.bool("disputes") : Optional.of(false);
        Optional<Boolean> demands = f.has("demands") ? f.bool("demands") : Optional.of(false);
        if (demands.orElse(false) && kind.orElse(null) != RuleKind.PROBLEM) {
            report.at(f.line("demands"), what + " says 'demands' but only a problem rule can demand");
        }
        Optional<Boolean> register = f.has("register") ? f.bool("register") : Optional.of(false);
        if (register.orElse(false) && (kind.orElse(null) != RuleKind.PROBLEM || severity.orElse(null) != Severity.WARNING)) {
            report.at(f.line("register"), what + " says 'register' but only a problem rule of severity warning can be one");
        }
        Optional<Boolean> negatable = f.bool("negatable");
        if (problems.size() > before) {
            throw new Reported();
        }
        RuleKind k = need(kind);
        return new Rule(need(id), need(criterion), k, need(severity), need(disputes), need(demands), need(register),
                need(minCount),
                negatable.orElse(k == RuleKind.EVIDENCE || k == RuleKind.PROBLEM), message, suggestion, need(match),
                need(nomatch), source, f.line(),
                new RuleTokens(need(tokens), tokenSuggestions, need(unlessTokens)), need(wholeSentence));
    }

    /** The rule's own exceptions, then those of each exception set it names, in the order named. */
    private List<TokenPattern> unlessTokens(Fields f, String what, Map<String, List<TokenPattern>> sets)
            throws RubricException {
        List<TokenPattern> out = new ArrayList<>(tokenPatterns(f, "unlessTokens", what, null));
        for (YamlNode.Scalar name : f.texts("unlessSets", true).orElse(List.of())) {
            List<TokenPattern> set = sets.get(name.value());
            if (set == null) {
                throw new RubricException(source, name.line(), what + " names exception set '" + name.value()
                        + "', which this file's 'exceptionSets' does not define"
                        + Typos.nearest(sets.keySet(), name.value()).map(n -> "; did you mean '" + n + "'?")
                                .orElse(sets.isEmpty() ? "" : "; it defines " + List.copyOf(sets.keySet())));
            }
            out.addAll(set);
        }
        return out;
    }

    private String ruleId(Fields f) throws RubricException {
        String id = need(f.requiredText("id"));
        if (!KEBAB.matcher(id).matches()) {
            throw new RubricException(source, f.line("id"), "rule id '" + id + "' must be kebab-case");
        }
        return id;
    }

    /**
     * A field naming one of a fixed set (a criterion, a kind); a near miss gets the id it was
     * probably meant as ("tonne" → "tone"), else the list of ids.
     */
    private <T> T known(Fields f, String key, String what, Function<String, Optional<T>> byId,
            List<String> ids) throws RubricException {
        String written = need(f.requiredText(key));
        Optional<T> value = byId.apply(written);
        if (value.isPresent()) {
            return value.get();
        }
        throw new RubricException(source, f.line(key), "unknown " + key + " '" + written + "' in " + what
                + Typos.nearest(ids, written).map(id -> "; did you mean '" + id + "'?")
                        .orElse("; expected one of " + ids));
    }

    private List<TokenPattern> tokens(Fields f, Optional<RuleKind> kind, String what,
            List<Optional<String>> tokenSuggestions) throws RubricException {
        List<TokenPattern> tokens = tokenPatterns(f, "tokens", what, tokenSuggestions);
        if (tokens.isEmpty()) {
            if (f.has("tokens")) {
                throw new RubricException(source, f.line("tokens"), what + " needs at least one pattern");
            }
            throw new RubricException(source, f.line(), what + " needs 'tokens' (token patterns)");
        }
        if (kind.orElse(null) == RuleKind.EMPLOYER) {
            for (TokenPattern p : tokens) {
                if (!p.source().contains("[")) {
                    throw new RubricException(source, f.line("tokens"), what
                            + ": employer token patterns must mark the name with [ ]");
                }
            }
        }
        return tokens;
    }

    /** Every {name} a suggestion uses must be a named part of the pattern it belongs to. */
    private Void suggestionParts(Fields f, String what, List<TokenPattern> tokens,
            List<Optional<String>> tokenSuggestions, Optional<String> suggestion) throws RubricException {
        for (int i = 0; i < tokens.size(); i++) {
            Optional<String> template = tokenSuggestions.get(i).or(() -> suggestion);
            Matcher ref = TEMPLATE_REF.matcher(template.orElse(""));
            while (ref.find()) {
                if (tokens.get(i).partIndex(ref.group(1)) < 0) {
                    throw new RubricException(source, f.line(), "suggestion of " + what + " names " + ref.group()
                            + ", which is not a part {" + ref.group(1) + ": ... } of the token pattern '"
                            + tokens.get(i).source() + "'");
                }
            }
        }
        return null;
    }

    /** {@code scope: sentence} (a problem reported on its whole sentence) or {@code phrase}, the default. */
    private boolean wholeSentence(Fields f, Optional<RuleKind> kind, String what) throws RubricException {
        String scope = f.text("scope").orElse("phrase");
        if (!scope.equals("phrase") && !scope.equals("sentence")) {
            throw new RubricException(source, f.line("scope"), "unknown scope '" + scope + "' in " + what
                    + "; expected phrase or sentence");
        }
        if (scope.equals("sentence") && kind.isPresent() && kind.get() != RuleKind.PROBLEM) {
            throw new RubricException(source, f.line("scope"), what + ": only a problem can have scope: sentence");
        }
        return scope.equals("sentence");
    }

    /** The severity written, checked whatever the kind; a problem must have one. */
    private Severity severity(Fields f, Optional<RuleKind> kind, String what) throws RubricException {
        if (!f.has("severity")) {
            if (kind.orElse(null) == RuleKind.PROBLEM) {
                throw new RubricException(source, f.line("kind"), what
                        + " is a problem and needs a 'severity' (error, warning or info)");
            }
            return Severity.INFO;
        }
        String id = need(f.text("severity"));
        return Arrays.stream(Severity.values()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new RubricException(source, f.line("severity"),
                        "unknown severity '" + id + "' in " + what + "; expected error, warning or info"));
    }

    /** One item of a pattern list: the pattern text and, when it is a mapping, its own suggestion. */
    private record PatternItem(YamlNode.Scalar text, Optional<String> suggestion) {
    }

    private PatternItem patternItem(YamlNode item, String what, String key, boolean mayBeMapping) {
        if (item instanceof YamlNode.Mapping && mayBeMapping) {
            Fields p = need(Fields.of(item, what, PATTERN, report));
            String text = need(p.requiredText("pattern"));
            return new PatternItem(new YamlNode.Scalar(text, p.line("pattern")), p.text("suggestion"));
        }
        if (item instanceof YamlNode.Scalar s && s.value() != null) {
            return new PatternItem(s, Optional.empty());
        }
        report.at(item.line(), "each item of `" + key + "` must be a token pattern" + (mayBeMapping ? " or a set of fields with `pattern`" : "") + ", not "
                + YamlNode.describe(item));
        throw new Reported();
    }

    /**
     * A rule's token patterns under {@code key}: each item is a pattern text, or (when
     * {@code suggestions} is given) a mapping with {@code pattern} and its own {@code suggestion}.
     * The lexicons a pattern names are read first; a missing one is reported at the rule's line.
     */
    private List<TokenPattern> tokenPatterns(Fields f, String key, String what, List<Optional<String>> suggestions)
            throws RubricException {
        List<TokenPattern> out = new ArrayList<>();
        for (YamlNode item : f.listOrOne(key).orElse(List.of())) {
            PatternItem pattern = patternItem(item, "a token pattern of " + what, key, suggestions != null);
            YamlNode.Scalar text = pattern.text();
            Map<String, Lexicon> named = new HashMap<>();
            for (String name : TokenPattern.lexiconNames(text.value())) {
                if (KEBAB.matcher(name).matches()) {
                    named.put(name, lexicon(name, what, f.line()));
                }
            }
            try {
                // a group { a | b } stands for one pattern per phrase, each with the item's suggestion
                for (TokenPattern one : TokenPattern.compileAll(lexicons.spellings().respellPattern(text.value()), named)) {
                    out.add(one);
                    if (suggestions != null) {
                        suggestions.add(pattern.suggestion());
                    }
                }
            } catch (TokenPatternException e) {
                throw new RubricException(source, text.line(), "token pattern of " + what + ": " + e.getMessage()
                        + " (in '" + text.value() + "')");
            }
        }
        return out;
    }

    private Lexicon lexicon(String name, String what, int ruleLine) throws RubricException {
        try {
            return lexicons.load(name, source, ruleLine);
        } catch (RubricException e) {
            if (e.source().equals(source) && e.line() == ruleLine) { // the file is missing, not faulty
                throw new RubricException(source, ruleLine, what + " names @" + name + ": " + e.problem());
            }
            throw e;
        }
    }

    private List<String> examples(Fields f, String key, boolean required, String what) throws RubricException {
        List<String> out = new ArrayList<>();
        for (YamlNode.Scalar s : f.texts(key, true).orElse(List.of())) {
            if (key.equals("match") && MarkedExample.parse(s.value()).isEmpty()) {
                throw new RubricException(source, s.line(), "example of " + what + " must mark the expected match "
                        + "with [[ and ]]");
            }
            out.add(s.value());
        }
        if (required && out.isEmpty()) {
            throw new RubricException(source, f.line(key), what + " needs at least one example under 'match'");
        }
        return out;
    }

    private Map<String, String> misspellings(YamlNode node) {
        Fields f = need(Fields.open(node, "'misspellings'", report));
        Map<String, String> out = new LinkedHashMap<>();
        for (String wrong : f.keys()) {
            Optional<String> right = f.text(wrong);
            if (right.isEmpty() || right.get().isBlank()) {
                report.at(f.line(wrong), "misspelling '" + wrong + "' needs its right spelling");
            } else {
                out.put(wrong.toLowerCase(Locale.ROOT), right.get());
            }
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    private static List<String> criterionIds() {
        return Arrays.stream(Criterion.values()).map(Criterion::id).toList();
    }
}
