package com.followupcoach.scoring.rubric;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads and validates rubric YAML. The first problem found is thrown with its file and line. */
public final class RubricParser {

    private static final Set<String> TOP = Set.of("version", "settings", "criteria", "rules", "ruleFiles",
            "misspellings", "language");
    private static final Set<String> LANGUAGE = Set.of("spellings", "ironyMarkers", "ironyAlone");
    private static final Pattern SPELLINGS_FILE = Pattern.compile("[A-Za-z0-9_-]{1,60}\\.txt");
    private static final Set<String> RULE_FILE = Set.of("rules");
    private static final Pattern RELATIVE_FILE = Pattern.compile("[A-Za-z0-9_-]{1,60}(?:/[A-Za-z0-9_-]{1,60}){0,4}\\.yaml");
    private static final Set<String> CRITERION = Set.of("weight", "lesson", "messages", "policy", "measure", "notes");
    private static final Set<String> RULE = Set.of("id", "criterion", "kind", "severity", "disputes", "minCount",
            "negatable", "caseSensitive", "patterns", "tokens", "unless", "unlessTokens", "message", "suggestion",
            "examples", "scope");
    private static final Set<String> EXAMPLES = Set.of("match", "nomatch");
    private static final Set<String> PATTERN = Set.of("pattern", "suggestion");
    private static final Pattern TEMPLATE_REF = Pattern.compile("\\{([A-Za-z0-9]{1,30})\\}");
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,8}");
    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z_]{1,40}");

    private final String source;
    private final RubricFiles files;
    private final LexiconReader lexicons;

    private RubricParser(String source, RubricFiles files, LexiconReader lexicons) {
        this.source = source;
        this.files = files;
        this.lexicons = lexicons;
    }

    public static Rubric parse(String yaml, String sourceName) throws RubricException {
        return parse(yaml, sourceName, RubricFiles.NONE);
    }

    /** @param files reads the files the rubric names beside itself ({@code ruleFiles}) */
    public static Rubric parse(String yaml, String sourceName, RubricFiles files) throws RubricException {
        return new RubricParser(sourceName, files, new LexiconReader(files)).read(new YamlTreeReader(sourceName).read(yaml));
    }

    private Rubric read(YamlNode root) throws RubricException {
        Fields top = new Fields(root, "the rubric", source, TOP);
        int version = top.integer("version", 1, 1);
        assert version == 1;
        Settings settings = new SettingsReader(source).read(top.node("settings"));
        Fields language = top.has("language") ? new Fields(top.node("language"), "language", source, LANGUAGE) : null;
        if (language != null && language.has("spellings")) {
            lexicons.useSpellings(spellings(language));
        }
        Map<Criterion, CriterionSpec> criteria = criteria(top.node("criteria"));
        List<Rule> rules = new ArrayList<>();
        if (top.has("rules")) {
            rules.addAll(rules(top.node("rules")));
        }
        for (YamlNode.Scalar file : top.scalars("ruleFiles")) {
            rules.addAll(ruleFile(file));
        }
        if (rules.isEmpty()) {
            throw error(root, "the rubric needs 'rules' or 'ruleFiles'");
        }
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new RubricException(rule.source(), rule.line(), "rule id '" + rule.id() + "' is used twice");
            }
        }
        Map<String, String> misspellings = top.has("misspellings") ? misspellings(top.node("misspellings")) : Map.of();
        return new Rubric(source, criteria, rules, misspellings, settings, language(settings, language));
    }

    /** The lexicons named under {@code key} (one name or a list), read as one class: the longest phrase wins. */
    private Language.PhraseFinder namedLexicons(Fields language, String key) throws RubricException {
        List<Lexicon> named = new ArrayList<>();
        for (YamlNode.Scalar name : language.scalars(key)) {
            if (!KEBAB.matcher(name.value()).matches()) {
                throw error(name, "'" + key + "' must name lexicons in kebab-case, like irony-marker");
            }
            named.add(lexicon(name.value(), "language", name.line()));
        }
        return (text, token, limit) -> {
            int best = 0;
            for (Lexicon l : named) {
                best = Math.max(best, l.longestAt(text, token, limit));
            }
            return best;
        };
    }

    /** The spelling map the rubric names: a .txt file beside it. */
    private SpellingMap spellings(Fields language) throws RubricException {
        String name = language.string("spellings");
        if (!SPELLINGS_FILE.matcher(name).matches()) {
            throw error(language.node("spellings"), "'spellings' must name a .txt file beside the rubric, like "
                    + "spellings.txt");
        }
        return SpellingMap.parse(files.read(name, source, language.node("spellings").line()));
    }

    /** What the language layer needs: the negation settings, the spelling map and the irony classes. */
    private Language language(Settings settings, Fields language) throws RubricException {
        Settings.Negation n = settings.negation();
        Language.NegationRules negation = new Language.NegationRules(n.window(), n.words(), n.notBefore(),
                n.clauseBreaks());
        Language.PhraseFinder markers = language == null ? Language.PhraseFinder.NONE
                : namedLexicons(language, "ironyMarkers");
        Language.PhraseFinder alone = language == null ? Language.PhraseFinder.NONE
                : namedLexicons(language, "ironyAlone");
        return new Language(negation, lexicons.spellings().asMap(), markers, alone);
    }

    private Map<Criterion, CriterionSpec> criteria(YamlNode node) throws RubricException {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw error(node, "'criteria' must map each criterion id to its weight, lesson and messages");
        }
        Map<Criterion, CriterionSpec> out = new EnumMap<>(Criterion.class);
        for (var entry : m.entries().entrySet()) {
            int keyLine = m.keyLines().get(entry.getKey());
            Criterion criterion = Criterion.byId(entry.getKey()).orElseThrow(() -> new RubricException(source, keyLine,
                    "unknown criterion '" + entry.getKey() + "'; expected one of " + criterionIds()));
            Fields f = new Fields(entry.getValue(), "criterion '" + entry.getKey() + "'", source, CRITERION);
            int weight = f.integer("weight", 0, 100);
            String lesson = f.string("lesson");
            if (!KEBAB.matcher(lesson).matches()) {
                throw error(f.node("lesson"), "lesson id '" + lesson + "' must be kebab-case, like 'asking-for-feedback'");
            }
            Map<String, String> messages = messages(f.node("messages"), entry.getKey());
            CriterionPolicy policy = new PolicyReader(source).read(f, entry.getKey(), messages);
            out.put(criterion, new CriterionSpec(criterion, weight, lesson, messages, policy));
        }
        for (Criterion c : Criterion.values()) {
            if (!out.containsKey(c)) {
                throw error(node, "criterion '" + c.id() + "' is missing from 'criteria'");
            }
        }
        return out;
    }

    private Map<String, String> messages(YamlNode node, String criterion) throws RubricException {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw error(node, "'messages' of '" + criterion + "' must map met/partial/missing to a line of text");
        }
        Map<String, String> out = new HashMap<>();
        Fields f = new Fields(node, "messages of '" + criterion + "'", source, m.entries().keySet());
        for (String key : m.entries().keySet()) {
            if (!MESSAGE_KEY.matcher(key).matches()) {
                throw new RubricException(source, m.keyLines().get(key), "message key '" + key + "' must be lower_case");
            }
            out.put(key, f.string(key));
        }
        for (String required : List.of("met", "partial", "missing")) {
            if (!out.containsKey(required)) {
                throw error(node, "messages of '" + criterion + "' need '" + required + "'");
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
            throw error(name, "rule file '" + relative + "' must be a .yaml path beside the rubric, like rules/tone.yaml");
        }
        RubricFiles.Text file = files.read(relative, source, name.line());
        RubricParser reader = new RubricParser(file.source(), files, lexicons);
        Fields f = new Fields(new YamlTreeReader(file.source()).read(file.text()), "a rule file", file.source(),
                RULE_FILE);
        return reader.rules(f.node("rules"));
    }

    private List<Rule> rules(YamlNode node) throws RubricException {
        if (!(node instanceof YamlNode.Sequence s)) {
            throw error(node, "'rules' must be a list of rules");
        }
        List<Rule> out = new ArrayList<>();
        for (YamlNode item : s.items()) {
            out.add(rule(item));
        }
        return out;
    }

    private Rule rule(YamlNode node) throws RubricException {
        Fields f = new Fields(node, "a rule", source, RULE);
        String id = f.string("id");
        if (!KEBAB.matcher(id).matches()) {
            throw error(f.node("id"), "rule id '" + id + "' must be kebab-case");
        }
        String what = "rule '" + id + "'";
        String criterionId = f.string("criterion");
        Criterion criterion = Criterion.byId(criterionId).orElseThrow(() -> new RubricException(source,
                line(f, "criterion"), "unknown criterion '" + criterionId + "' in " + what + "; expected one of "
                + criterionIds()));
        String kindId = f.string("kind");
        RuleKind kind = RuleKind.byId(kindId).orElseThrow(() -> new RubricException(source, line(f, "kind"),
                "unknown kind '" + kindId + "' in " + what + "; expected one of "
                + Arrays.stream(RuleKind.values()).map(RuleKind::id).toList()));
        Severity severity = severity(f, kind, what);
        boolean caseSensitive = f.bool("caseSensitive", false);
        List<Optional<String>> patternSuggestions = new ArrayList<>();
        List<Pattern> patterns = rulePatterns(f, caseSensitive, what, patternSuggestions);
        List<Optional<String>> tokenSuggestions = new ArrayList<>();
        List<TokenPattern> tokens = tokenPatterns(f, "tokens", what, tokenSuggestions);
        if (patterns.isEmpty() && tokens.isEmpty()) {
            if (f.has("patterns") || f.has("tokens")) {
                throw error(f.node(f.has("patterns") ? "patterns" : "tokens"), what + " needs at least one pattern");
            }
            throw error(node, what + " needs 'patterns' (regular expressions) or 'tokens' (token patterns)");
        }
        if (caseSensitive && !tokens.isEmpty()) {
            throw error(f.node("caseSensitive"), what + ": 'caseSensitive' applies to regular expressions; "
                    + "token patterns always ignore case");
        }
        List<Pattern> unless = patterns(f, "unless", false, what);
        List<TokenPattern> unlessTokens = tokenPatterns(f, "unlessTokens", what, null);
        if (kind == RuleKind.EMPLOYER) {
            for (Pattern p : patterns) {
                if (!p.pattern().contains("(?<" + Rule.SPAN_GROUP + ">")) {
                    throw error(f.node("patterns"), what + ": employer patterns must mark the name with (?<span>...)");
                }
            }
            for (TokenPattern p : tokens) {
                if (!p.source().contains("[")) {
                    throw error(f.node("tokens"), what + ": employer token patterns must mark the name with [ ]");
                }
            }
        }
        String message = f.string("message", "");
        if (kind == RuleKind.PROBLEM && message.isBlank()) {
            throw error(node, what + " is a problem and needs a 'message'");
        }
        Optional<String> suggestion = f.has("suggestion") ? Optional.of(f.string("suggestion")) : Optional.empty();
        for (int i = 0; i < patterns.size(); i++) {
            Optional<String> template = patternSuggestions.get(i).or(() -> suggestion);
            if (template.isPresent()) {
                checkTemplate(template.get(), patterns.get(i), f, what);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Optional<String> template = tokenSuggestions.get(i).or(() -> suggestion);
            Matcher ref = TEMPLATE_REF.matcher(template.orElse(""));
            if (ref.find()) {
                throw new RubricException(source, f.line(), "suggestion of " + what + " names " + ref.group()
                        + ", but a token pattern has no groups: its suggestion is plain text");
            }
        }
        Fields examples = new Fields(f.node("examples"), "examples of " + what, source, EXAMPLES);
        List<String> match = examples(examples, "match", true, what);
        List<String> nomatch = examples(examples, "nomatch", false, what);
        boolean negatable = f.bool("negatable", kind == RuleKind.EVIDENCE || kind == RuleKind.PROBLEM);
        int minCount = f.integer("minCount", 1, 20, 1);
        boolean disputes = f.bool("disputes", false);
        boolean wholeSentence = wholeSentence(f, kind, what);
        return new Rule(id, criterion, kind, severity, disputes, minCount, negatable, patterns, unless, message,
                suggestion, patternSuggestions, match, nomatch, source, f.line(),
                new RuleTokens(tokens, tokenSuggestions, unlessTokens), wholeSentence);
    }

    /** {@code scope: sentence} (a problem reported on its whole sentence) or {@code phrase}, the default. */
    private boolean wholeSentence(Fields f, RuleKind kind, String what) throws RubricException {
        String scope = f.string("scope", "phrase");
        if (!scope.equals("phrase") && !scope.equals("sentence")) {
            throw new RubricException(source, line(f, "scope"), "unknown scope '" + scope + "' in " + what
                    + "; expected phrase or sentence");
        }
        if (scope.equals("sentence") && kind != RuleKind.PROBLEM) {
            throw new RubricException(source, line(f, "scope"), what + ": only a problem can have scope: sentence");
        }
        return scope.equals("sentence");
    }

    private Severity severity(Fields f, RuleKind kind, String what) throws RubricException {
        if (!f.has("severity")) {
            if (kind == RuleKind.PROBLEM) {
                throw error(f.node("kind"), what + " is a problem and needs a 'severity' (error, warning or info)");
            }
            return Severity.INFO;
        }
        String id = f.string("severity");
        return Arrays.stream(Severity.values()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new RubricException(source, line(f, "severity"),
                        "unknown severity '" + id + "' in " + what + "; expected error, warning or info"));
    }

    /**
     * A rule's patterns: each item is a regular expression, or a mapping with {@code pattern}
     * and that pattern's own {@code suggestion}.
     */
    private List<Pattern> rulePatterns(Fields f, boolean caseSensitive, String what,
                                       List<Optional<String>> suggestions) throws RubricException {
        if (!f.has("patterns")) {
            return List.of();
        }
        YamlNode node = f.node("patterns");
        List<YamlNode> items = node instanceof YamlNode.Sequence seq ? seq.items() : List.of(node);
        List<Pattern> out = new ArrayList<>();
        for (YamlNode item : items) {
            YamlNode.Scalar regex;
            Optional<String> suggestion = Optional.empty();
            if (item instanceof YamlNode.Mapping) {
                Fields p = new Fields(item, "a pattern of " + what, source, PATTERN);
                if (!(p.node("pattern") instanceof YamlNode.Scalar s) || s.value() == null) {
                    throw error(p.node("pattern"), "'pattern' in " + what + " must be a text");
                }
                regex = s;
                if (p.has("suggestion")) {
                    suggestion = Optional.of(p.string("suggestion"));
                }
            } else if (item instanceof YamlNode.Scalar s && s.value() != null) {
                regex = s;
            } else {
                throw error(item, "each item of 'patterns' must be a text or a mapping with 'pattern'");
            }
            out.add(compile(regex, caseSensitive, what));
            suggestions.add(suggestion);
        }
        return out;
    }

    /**
     * A rule's token patterns under {@code key}: each item is a pattern text, or (when
     * {@code suggestions} is given) a mapping with {@code pattern} and its own {@code suggestion}.
     * The lexicons a pattern names are read first; a missing one is reported at the rule's line.
     */
    private List<TokenPattern> tokenPatterns(Fields f, String key, String what, List<Optional<String>> suggestions)
            throws RubricException {
        if (!f.has(key)) {
            return List.of();
        }
        YamlNode node = f.node(key);
        List<YamlNode> items = node instanceof YamlNode.Sequence seq ? seq.items() : List.of(node);
        List<TokenPattern> out = new ArrayList<>();
        for (YamlNode item : items) {
            YamlNode.Scalar text;
            Optional<String> suggestion = Optional.empty();
            if (item instanceof YamlNode.Mapping && suggestions != null) {
                Fields p = new Fields(item, "a token pattern of " + what, source, PATTERN);
                if (!(p.node("pattern") instanceof YamlNode.Scalar s) || s.value() == null) {
                    throw error(p.node("pattern"), "'pattern' in " + what + " must be a text");
                }
                text = s;
                if (p.has("suggestion")) {
                    suggestion = Optional.of(p.string("suggestion"));
                }
            } else if (item instanceof YamlNode.Scalar s && s.value() != null) {
                text = s;
            } else {
                throw error(item, "each item of '" + key + "' must be a token pattern"
                        + (suggestions != null ? " or a mapping with 'pattern'" : ""));
            }
            Map<String, Lexicon> named = new HashMap<>();
            for (String name : TokenPattern.lexiconNames(text.value())) {
                if (KEBAB.matcher(name).matches()) {
                    named.put(name, lexicon(name, what, f.line()));
                }
            }
            try {
                out.add(TokenPattern.compile(lexicons.spellings().respellPattern(text.value()), named));
            } catch (TokenPatternException e) {
                throw new RubricException(source, text.line(), "token pattern of " + what + ": " + e.getMessage()
                        + " (in '" + text.value() + "')");
            }
            if (suggestions != null) {
                suggestions.add(suggestion);
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

    /** Every {group} a suggestion names must be a group of the pattern it is used with. */
    private void checkTemplate(String template, Pattern pattern, Fields f, String what) throws RubricException {
        Matcher refs = TEMPLATE_REF.matcher(template);
        int groups = pattern.matcher("").groupCount();
        while (refs.find()) {
            String ref = refs.group(1);
            boolean ok = ref.chars().allMatch(Character::isDigit) ? Integer.parseInt(ref) <= groups
                    : pattern.pattern().contains("(?<" + ref + ">");
            if (!ok) {
                throw new RubricException(source, f.line(), "suggestion of " + what + " names {" + ref
                        + "}, which is not a group of the pattern '" + pattern.pattern() + "'");
            }
        }
    }

    private Pattern compile(YamlNode.Scalar s, boolean caseSensitive, String what) throws RubricException {
        Optional<String> unsafe = PatternSafety.check(s.value());
        if (unsafe.isPresent()) {
            throw new RubricException(source, s.line(), "pattern of " + what + ": " + unsafe.get());
        }
        try {
            return Pattern.compile(s.value(), caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new RubricException(source, s.line(), "bad pattern in " + what + ": " + e.getDescription()
                    + " near position " + e.getIndex() + " of '" + s.value() + "'");
        }
    }

    private List<Pattern> patterns(Fields f, String key, boolean caseSensitive, String what) throws RubricException {
        List<Pattern> out = new ArrayList<>();
        for (YamlNode.Scalar s : f.scalars(key)) {
            Optional<String> unsafe = PatternSafety.check(s.value());
            if (unsafe.isPresent()) {
                throw new RubricException(source, s.line(), "pattern of " + what + ": " + unsafe.get());
            }
            try {
                out.add(Pattern.compile(s.value(), caseSensitive ? 0 : Pattern.CASE_INSENSITIVE));
            } catch (PatternSyntaxException e) {
                throw new RubricException(source, s.line(), "bad pattern in " + what + ": " + e.getDescription()
                        + " near position " + e.getIndex() + " of '" + s.value() + "'");
            }
        }
        return out;
    }

    private List<String> examples(Fields f, String key, boolean required, String what) throws RubricException {
        List<String> out = new ArrayList<>();
        for (YamlNode.Scalar s : f.scalars(key)) {
            if (key.equals("match") && MarkedExample.parse(s.value()).isEmpty()) {
                throw new RubricException(source, s.line(), "example of " + what + " must mark the expected match "
                        + "with [[ and ]]");
            }
            out.add(s.value());
        }
        if (required && out.isEmpty()) {
            throw error(f.node(key), what + " needs at least one example under 'match'");
        }
        return out;
    }

    private Map<String, String> misspellings(YamlNode node) throws RubricException {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw error(node, "'misspellings' must map each wrong spelling to the right one");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : m.entries().entrySet()) {
            if (!(e.getValue() instanceof YamlNode.Scalar s) || s.value() == null || s.value().isBlank()) {
                throw error(e.getValue(), "misspelling '" + e.getKey() + "' needs its right spelling");
            }
            out.put(e.getKey().toLowerCase(Locale.ROOT), s.value());
        }
        return out;
    }

    private int line(Fields f, String key) {
        try {
            return f.node(key).line();
        } catch (RubricException e) {
            return f.line();
        }
    }

    private RubricException error(YamlNode node, String message) {
        return new RubricException(source, node.line(), message);
    }

    private static List<String> criterionIds() {
        return Arrays.stream(Criterion.values()).map(Criterion::id).toList();
    }
}
