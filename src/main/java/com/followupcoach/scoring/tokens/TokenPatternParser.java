package com.followupcoach.scoring.tokens;

import com.followupcoach.scoring.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a token pattern (the syntax is at the top of lessons/rubric.yaml):
 * elements separated by spaces, each a word, {@code word*}, {@code ~word}, {@code @lexicon},
 * an alternation of these with {@code |}, perhaps negated ({@code !x}) or optional
 * ({@code x?}), perhaps asking the language layer for flags ({@code x:quoted}, or a bare
 * {@code :ironic} for any token that has it); gaps {@code ..N} and {@code ...N}; anchors
 * {@code ^ $}; brackets {@code [ ]}; parts {@code {name: ... }}.
 */
final class TokenPatternParser {

    static final int MAX_CLAUSE_GAP = 12;
    static final int MAX_SENTENCE_GAP = 30;
    private static final Pattern GAP = Pattern.compile("(\\.{2,3})(\\d{1,3})(?:!(.+))?");
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,8}");
    /** Characters with a meaning of their own: written with a backslash to mean the mark itself. */
    private static final String SPECIAL = "[]{}|*~@^$\\";
    /** The opening brace of a named part: {@code {late:}. */
    private static final Pattern PART_NAME = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]{0,29}):");
    /** {@code x:quoted}, {@code :ironic}, {@code ~fair:negated:unquoted}: flags after an element. */
    /** A lone {@code |} between the phrases of a group: {@code { have not | haven't }}. */
    private static final String PHRASE_OR = "|";
    private static final int MAX_PHRASE_VARIANTS = 32;
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9'-]*");
    private static final Pattern FLAGS = Pattern.compile("(.*?[^\\:]|)((?::[a-z]{1,20}){1,3})");

    private TokenPatternParser() {
    }

    /** The lexicons a pattern names (without checking anything else), so they can be loaded first. */
    static Set<String> lexiconNames(String written) {
        Set<String> names = new LinkedHashSet<>();
        for (String part : parts(written)) {
            Matcher gap = GAP.matcher(part);
            if (gap.matches()) {
                part = gap.group(3) == null ? "" : gap.group(3);
            }
            for (String side : stripOperators(part)) {
                for (String alt : alternatives(side)) {
                    if (alt.startsWith("@") && alt.length() > 1) {
                        names.add(alt.substring(1));
                    }
                }
            }
        }
        return names;
    }

    static List<Element> parse(String written, Map<String, Lexicon> lexicons) throws TokenPatternException {
        return parse(written, lexicons, true);
    }

    /**
     * @param trapChecks whether to refuse the phrase and contraction traps; they depend on the
     *                   text alone, so a text that passed them once (a snapshot's) passes again
     */
    static List<Element> parse(String written, Map<String, Lexicon> lexicons, boolean trapChecks)
            throws TokenPatternException {
        List<Element> out = new ArrayList<>();
        List<String> parts = parts(written);
        if (parts.contains(PHRASE_OR)) {
            throw new TokenPatternException("a group with | between phrases stands for several patterns; "
                    + "compile it with TokenPattern.compileAll");
        }
        for (int i = 0; i < parts.size(); i++) {
            if (trapChecks) {
                checkNotAPhraseTrap(parts, i);
            }
            out.add(element(parts.get(i), lexicons));
        }
        linkParts(out);
        check(out);
        return out;
    }

    /**
     * The patterns a text stands for: each group {@code { a b | c }} whose parts are separated
     * by a lone {@code |} is replaced by each of its phrases in turn, so
     * {@code { have not | haven't } applied} gives {@code { have not } applied} and
     * {@code { haven't } applied}. The group's braces stay, so a named or optional group
     * ({@code {neg: have not | haven't }?}) keeps its name and stays optional in every variant.
     * The matcher never sees a phrase alternation: one pattern per phrase is the same search.
     */
    static List<String> expand(String written) throws TokenPatternException {
        List<List<String>> out = new ArrayList<>();
        expandInto(parts(written), out);
        return out.stream().map(parts -> String.join(" ", parts)).toList();
    }

    private static void expandInto(List<String> parts, List<List<String>> out) throws TokenPatternException {
        int bar = parts.indexOf(PHRASE_OR);
        if (bar < 0) {
            if (out.size() >= MAX_PHRASE_VARIANTS) {
                throw new TokenPatternException("the groups with | give more than " + MAX_PHRASE_VARIANTS
                        + " phrasings; split the pattern into several patterns");
            }
            out.add(parts);
            return;
        }
        int open = bar;
        for (int depth = 0; open >= 0; open--) {
            String p = parts.get(open);
            if (p.equals("}") || p.equals("}?")) {
                depth++;
            } else if (isGroupOpening(p) && depth-- == 0) {
                break;
            }
        }
        if (open < 0) {
            throw new TokenPatternException("a lone | separates phrases inside a group: { have not | haven't } "
                    + "(to join single words write have|haven't with no spaces)");
        }
        int close = open + 1;
        List<List<String>> phrases = new ArrayList<>();
        List<String> phrase = new ArrayList<>();
        for (int depth = 0; ; close++) {
            if (close == parts.size()) {
                throw new TokenPatternException("{ without its }");
            }
            String p = parts.get(close);
            if (depth == 0 && (p.equals("}") || p.equals("}?"))) {
                break;
            }
            depth += isGroupOpening(p) ? 1 : p.equals("}") || p.equals("}?") ? -1 : 0;
            if (depth == 0 && p.equals(PHRASE_OR)) {
                phrases.add(phrase);
                phrase = new ArrayList<>();
            } else {
                phrase.add(p);
            }
        }
        phrases.add(phrase);
        for (List<String> one : phrases) {
            if (one.isEmpty()) {
                throw new TokenPatternException("a group { ... | ... } has an empty phrase");
            }
            List<String> variant = new ArrayList<>(parts.subList(0, open + 1));
            variant.addAll(one);
            variant.addAll(parts.subList(close, parts.size()));
            expandInto(variant, out);
        }
    }

    private static boolean isGroupOpening(String part) {
        return part.equals("{") || PART_NAME.matcher(part).matches();
    }

    /**
     * Refuses the phrase trap: {@code have not|haven't} reads as "have" followed by "not" or
     * "haven't", since {@code |} joins single words. A word followed by an alternation holding
     * that word's own contraction ({@code haven't}, {@code i'm}) or the word run together with
     * the next ({@code wish list|wishlist}) can only mean a choice of phrases, so it is an error
     * that names the group to write instead.
     */
    private static void checkNotAPhraseTrap(List<String> parts, int at) throws TokenPatternException {
        checkNotAContractionTrap(parts, at);
        if (at == 0 || isOptional(parts.get(at - 1)) || !PLAIN_WORD.matcher(parts.get(at - 1)).matches()) {
            return;
        }
        String word = parts.get(at - 1).toLowerCase(Locale.ROOT);
        String part = parts.get(at);
        String body = isOptional(part) ? part.substring(0, part.length() - 1) : part;
        List<String> alts = alternatives(body);
        if (alts.size() < 2 || body.startsWith("!")) {
            return;
        }
        for (String alt : alts) {
            String lower = alt.toLowerCase(Locale.ROOT);
            String rest = lower.startsWith(word) ? lower.substring(word.length()) : null;
            boolean contraction = rest != null && (rest.startsWith("'") || rest.startsWith("n'"));
            boolean runTogether = rest != null && !rest.isEmpty() && alts.stream().anyMatch(
                    other -> rest.equals(other.toLowerCase(Locale.ROOT)) || rest.equals("-" + other.toLowerCase(Locale.ROOT)));
            if (contraction || runTogether) {
                List<String> others = new ArrayList<>(alts);
                others.remove(alt);
                throw new TokenPatternException("'" + word + " " + part + "' reads as '" + word + "' followed by one of "
                        + body + ", since | joins single words; for the phrase '" + word + " " + others.get(0)
                        + "' or the word '" + alt + "' write { " + word + " " + String.join("|", others) + " | "
                        + alt + " }");
            }
        }
    }

    /** What a contraction's ending stands for: i'm = i am, don't = do not. */
    private static final Map<String, List<String>> CONTRACTED = Map.of(
            "'m", List.of("am"), "'re", List.of("are"), "'ve", List.of("have"), "'ll", List.of("will", "shall"),
            "'d", List.of("would", "had"), "n't", List.of("not"), "'s", List.of("is", "has"));

    /**
     * The same trap one word further: {@code i'm|i am|im sure} reads as "i'm" or "i", then "am"
     * or "im", then "sure", so "I'm sure" never matches. An alternation holding a word and its
     * own contraction ({@code i} and {@code i'm}), followed by a required alternation that holds
     * what the contraction stands for ({@code am}), can only mean a choice of phrases.
     */
    private static void checkNotAContractionTrap(List<String> parts, int at) throws TokenPatternException {
        if (at == 0 || isOptional(parts.get(at)) || parts.get(at).startsWith("!")) {
            return;
        }
        String before = parts.get(at - 1);
        String before0 = isOptional(before) ? before.substring(0, before.length() - 1) : before;
        if (before0.startsWith("!") || split(before0, '&').size() > 1) {
            return;
        }
        List<String> first = alternatives(before0).stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
        List<String> second = alternatives(parts.get(at)).stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
        if (first.size() < 2) {
            return;
        }
        // every word after must continue a phrase begun before: the long form of a contraction
        // before ("am" after "i'm"), a word before ("i" of "i shall"), or a contraction of one ("im")
        Set<String> continuing = new java.util.HashSet<>(first);
        for (String word : first) {
            for (Map.Entry<String, List<String>> c : CONTRACTED.entrySet()) {
                String contraction = c.getKey().equals("n't") ? word + "n't" : word + c.getKey();
                if (first.contains(contraction)) {
                    continuing.addAll(c.getValue());
                }
                continuing.add(word + c.getKey().replace("'", ""));
            }
        }
        if (!continuing.containsAll(second)) {
            return;
        }
        for (String word : first) {
            for (Map.Entry<String, List<String>> c : CONTRACTED.entrySet()) {
                String contraction = c.getKey().equals("n't") ? word + "n't" : word + c.getKey();
                if (first.contains(contraction) && c.getValue().stream().anyMatch(second::contains)) {
                    throw new TokenPatternException("'" + before + " " + parts.get(at) + "' reads as one of " + before0
                            + " followed by one of " + parts.get(at) + ", since | joins single words; to choose "
                            + "between phrases write a group: { " + contraction + " | " + word + " "
                            + c.getValue().stream().filter(second::contains).findFirst().orElseThrow() + " }");
                }
            }
        }
    }

    /**
     * The elements' texts: split at spaces, and a part's braces split from a word they touch
     * ({@code {late:was} and {@code minutes}?} read as {@code {late: was} and {@code minutes }?}).
     */
    private static List<String> parts(String written) {
        String text = Normalizer.normalize(written).trim();
        List<String> out = new ArrayList<>();
        for (String raw : text.isEmpty() ? new String[0] : text.split("\\s+")) {
            String part = raw;
            Matcher open = PART_NAME.matcher(part);
            if (open.lookingAt() && open.end() < part.length()) {
                out.add(part.substring(0, open.end()));
                part = part.substring(open.end());
            }
            String close = part.endsWith("}?") ? "}?" : part.endsWith("}") ? "}" : "";
            int at = part.length() - close.length();
            if (!close.isEmpty() && at > 0 && part.charAt(at - 1) != '\\' && !part.startsWith("{")) {
                out.add(part.substring(0, at));
                out.add(close);
            } else {
                out.add(part);
            }
        }
        return out;
    }

    private static Element element(String part, Map<String, Lexicon> lexicons) throws TokenPatternException {
        switch (part) {
            case "[":
                return Element.mark(Element.Kind.OPEN);
            case "]":
                return Element.mark(Element.Kind.CLOSE);
            case "^":
                return Element.mark(Element.Kind.START);
            case "$":
                return Element.mark(Element.Kind.END);
            case "{":
                return Element.partBrace(Element.Kind.PART_OPEN, null, false);
            case "}":
                return Element.partBrace(Element.Kind.PART_CLOSE, null, false);
            case "}?":
                return Element.partBrace(Element.Kind.PART_CLOSE, null, true);
            default:
                break;
        }
        Matcher name = PART_NAME.matcher(part);
        if (name.matches()) {
            return Element.partBrace(Element.Kind.PART_OPEN, name.group(1), false);
        }
        if (part.startsWith("{")) {
            throw new TokenPatternException("'" + part + "': a part opens with {name: (a name of letters and digits, "
                    + "then a colon) or with { alone, and closes with } or }?; write \\{ for the brace itself");
        }
        Matcher gap = GAP.matcher(part);
        if (gap.matches()) {
            boolean clause = gap.group(1).length() == 2;
            int max = Integer.parseInt(gap.group(2));
            int limit = clause ? MAX_CLAUSE_GAP : MAX_SENTENCE_GAP;
            if (max < 1 || max > limit) {
                throw new TokenPatternException("gap '" + part + "' must be between " + gap.group(1) + "1 and "
                        + gap.group(1) + limit);
            }
            Element g = Element.gap(clause ? Element.Kind.CLAUSE_GAP : Element.Kind.SENTENCE_GAP, max);
            if (gap.group(3) != null) {
                String skipped = gap.group(3);
                if (skipped.startsWith("!") || isOptional(skipped) || split(skipped, '&').size() > 1) {
                    throw new TokenPatternException("'" + part + "': after ! a gap names the words it may not "
                            + "skip, as an alternation (..8!but|however)");
                }
                g.also = new Element[] {test(skipped, part, lexicons, false)};
            }
            return g;
        }
        if (part.startsWith("..")) {
            throw new TokenPatternException("'" + part + "' is not a gap: write ..N (inside the clause, N up to "
                    + MAX_CLAUSE_GAP + ") or ...N (inside the sentence, N up to " + MAX_SENTENCE_GAP + ")");
        }
        boolean optional = isOptional(part);
        String body = optional ? part.substring(0, part.length() - 1) : part;
        List<Element.Flag> flags = List.of();
        Matcher flagged = FLAGS.matcher(body);
        if (body.length() > 1 && flagged.matches()) {
            flags = flags(flagged.group(2), part);
            body = flagged.group(1);
            if (body.equals("!")) {
                throw new TokenPatternException("'" + part + "': a bare flag takes any token that has it; "
                        + "'!' cannot stand before it");
            }
            if (body.isEmpty()) {
                return Element.anyToken(flags, optional);
            }
        }
        Element element = tokenTests(body, part, lexicons, optional);
        return flags.isEmpty() ? element : element.withFlags(flags);
    }

    /** One test of a token, or several joined with {@code &} that the same token must pass. */
    private static Element tokenTests(String body, String part, Map<String, Lexicon> lexicons, boolean optional)
            throws TokenPatternException {
        List<String> sides = split(body, '&');
        if (sides.size() == 1) {
            return test(body, part, lexicons, optional);
        }
        List<Element> more = new ArrayList<>();
        for (String side : sides) {
            if (side.isEmpty()) {
                throw new TokenPatternException("'" + part + "' has an empty side of &");
            }
            more.add(test(side, part, lexicons, false));
        }
        return Element.conjunction(more.remove(0), more, optional);
    }

    private static List<Element.Flag> flags(String written, String part) throws TokenPatternException {
        List<Element.Flag> out = new ArrayList<>();
        for (String name : written.substring(1).split(":")) {
            Element.Flag flag = null;
            for (Element.Flag f : Element.Flag.values()) {
                if (f.written.equals(name)) {
                    flag = f;
                }
            }
            if (flag == null) {
                throw new TokenPatternException("'" + part + "': unknown flag ':" + name + "'; a flag is :negated, "
                        + ":unnegated, :quoted, :unquoted or :ironic");
            }
            out.add(flag);
        }
        return out;
    }

    /** One test of one token: an alternation, perhaps negated ({@code !x}). */
    private static Element test(String body, String part, Map<String, Lexicon> lexicons, boolean optional)
            throws TokenPatternException {
        boolean negated = body.length() > 1 && body.startsWith("!");
        if (negated) {
            body = body.substring(1);
        }
        List<WordTest> words = new ArrayList<>();
        List<Lexicon> lexiconList = new ArrayList<>();
        for (String alt : alternatives(body)) {
            alternative(alt, part, lexicons, words, lexiconList);
        }
        return Element.token(words, lexiconList, negated, optional);
    }

    private static void alternative(String alt, String part, Map<String, Lexicon> lexicons, List<WordTest> words,
                                    List<Lexicon> out) throws TokenPatternException {
        if (alt.isEmpty()) {
            throw new TokenPatternException("'" + part + "' has an empty alternative");
        }
        if (alt.startsWith("\\")) {
            if (alt.codePointCount(1, alt.length()) == 1 && !Character.isLetterOrDigit(alt.codePointAt(1))
                    && !Character.isWhitespace(alt.codePointAt(1))) {
                words.add(WordTest.of(WordTest.Kind.LITERAL, alt.substring(1)));
                return;
            }
            throw new TokenPatternException("'" + alt + "' in '" + part + "': a backslash stands only before one "
                    + "punctuation mark, like \\, or \\?");
        }
        if (alt.startsWith("@")) {
            String name = alt.substring(1);
            if (!KEBAB.matcher(name).matches()) {
                throw new TokenPatternException("lexicon name '" + name + "' must be kebab-case, like @insult-noun");
            }
            Lexicon lexicon = lexicons.get(name);
            if (lexicon == null) {
                throw new TokenPatternException("no lexicon '@" + name + "'");
            }
            out.add(lexicon);
            return;
        }
        if (alt.codePointCount(0, alt.length()) == 1 && !Character.isLetterOrDigit(alt.codePointAt(0))) {
            if (SPECIAL.indexOf(alt.charAt(0)) >= 0) {
                throw new TokenPatternException("'" + alt + "' in '" + part + "' has a meaning of its own; write \\"
                        + alt + " for the mark itself");
            }
            words.add(WordTest.of(WordTest.Kind.LITERAL, alt));
            return;
        }
        WordTest word = WordTest.parseInPattern(alt).orElseThrow(() -> new TokenPatternException("'" + alt + "' in '"
                + part + "' is not a word (letters, digits, ' and -), a word*, a ~word, an =Exact word, %cap, %caps, %word, "
                + "an @lexicon or one punctuation mark"));
        words.add(word);
    }

    /** {@code x?}: a trailing question mark after something else, not an escaped {@code \?}. */
    private static boolean isOptional(String part) {
        return part.length() > 1 && part.endsWith("?") && part.charAt(part.length() - 2) != '\\';
    }

    private static List<String> stripOperators(String part) {
        String body = isOptional(part) ? part.substring(0, part.length() - 1) : part;
        Matcher flagged = FLAGS.matcher(body);
        body = body.length() > 1 && flagged.matches() ? flagged.group(1) : body;
        List<String> out = new ArrayList<>();
        for (String side : split(body, '&')) {
            out.add(side.length() > 1 && side.startsWith("!") ? side.substring(1) : side);
        }
        return out;
    }

    /** Splits at each {@code |} that is not escaped. */
    private static List<String> alternatives(String body) {
        return split(body, '|');
    }

    /** Splits at each {@code mark} that is not escaped (a part that is the mark alone is not split). */
    private static List<String> split(String body, char mark) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                current.append(c).append(body.charAt(++i));
            } else if (c == mark && body.length() > 1) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }

    /** The shape rules: something to match, gaps between elements, anchors at the ends, one pair of brackets. */
    private static void check(List<Element> elements) throws TokenPatternException {
        if (!required(elements, 0, elements.size())) {
            throw new TokenPatternException("a pattern must match at least one token that is not optional");
        }
        List<Element> core = elements.stream()
                .filter(e -> e.kind != Element.Kind.OPEN && e.kind != Element.Kind.CLOSE
                        && e.kind != Element.Kind.PART_OPEN && e.kind != Element.Kind.PART_CLOSE).toList();
        for (int i = 0; i < core.size(); i++) {
            Element.Kind k = core.get(i).kind;
            if (k == Element.Kind.START && i != 0) {
                throw new TokenPatternException("^ (the start of the sentence) must come first");
            }
            if (k == Element.Kind.END && i != core.size() - 1) {
                throw new TokenPatternException("$ (the end of the sentence) must come last");
            }
            boolean isGap = k == Element.Kind.CLAUSE_GAP || k == Element.Kind.SENTENCE_GAP;
            if (isGap && (i == 0 || i == core.size() - 1)) {
                throw new TokenPatternException("a gap must stand between two elements (or after ^, before $)");
            }
        }
        int open = -1;
        int close = -1;
        for (int i = 0; i < elements.size(); i++) {
            Element.Kind k = elements.get(i).kind;
            if (k == Element.Kind.OPEN) {
                if (open >= 0) {
                    throw new TokenPatternException("only one [ ] pair may mark the part to highlight");
                }
                open = i;
            } else if (k == Element.Kind.CLOSE) {
                if (open < 0 || close >= 0) {
                    throw new TokenPatternException("] without its [");
                }
                close = i;
            }
        }
        if (open >= 0 && close < 0) {
            throw new TokenPatternException("[ without its ]");
        }
        if (open >= 0 && !required(elements, open, close)) {
            throw new TokenPatternException("the part in [ ] must hold at least one token that is not optional");
        }
    }

    /** Whether elements from..to hold a token that every match takes (not optional, not in an optional part). */
    private static boolean required(List<Element> elements, int from, int to) {
        int depth = 0;
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            if (e.kind == Element.Kind.PART_OPEN && e.optional) {
                depth++;
            } else if (e.kind == Element.Kind.PART_CLOSE && e.optional) {
                depth--;
            } else if (i >= from && i < to && depth == 0 && e.required()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Pairs each part's braces, numbers the parts in the order they open, makes an opening brace
     * optional when its closing one is {@code }?}, and checks names are not repeated and that no
     * {@code [ ]} or anchor stands inside an optional part.
     */
    private static void linkParts(List<Element> elements) throws TokenPatternException {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        Set<String> names = new java.util.HashSet<>();
        int parts = 0;
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            if (e.kind == Element.Kind.PART_OPEN) {
                if (e.name != null && !names.add(e.name)) {
                    throw new TokenPatternException("two parts are named '" + e.name + "'");
                }
                e.part = parts++;
                open.push(i);
            } else if (e.kind == Element.Kind.PART_CLOSE) {
                if (open.isEmpty()) {
                    throw new TokenPatternException("} without its {");
                }
                Element o = elements.get(open.pop());
                o.partner = i;
                e.partner = elements.indexOf(o);
                e.part = o.part;
                e.name = o.name;
                o.optional = e.optional;
            }
        }
        if (!open.isEmpty()) {
            Element o = elements.get(open.peek());
            throw new TokenPatternException((o.name == null ? "{" : "{" + o.name + ":") + " without its }");
        }
        for (Element o : elements) {
            if (o.kind == Element.Kind.PART_OPEN && o.optional) {
                for (Element inside : elements.subList(elements.indexOf(o) + 1, o.partner)) {
                    Element.Kind k = inside.kind;
                    if (k == Element.Kind.OPEN || k == Element.Kind.CLOSE || k == Element.Kind.START
                            || k == Element.Kind.END) {
                        throw new TokenPatternException("an optional part { ... }? may not hold [ ] ^ or $");
                    }
                }
            }
        }
    }
}
