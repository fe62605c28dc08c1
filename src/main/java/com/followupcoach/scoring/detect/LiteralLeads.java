package com.followupcoach.scoring.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Works out, from a rule's regular expression, the literal texts every match must start
 * with ("thank", "grateful"…). The matcher then looks those up with {@link String#indexOf}
 * (fast) and tries the pattern only there, instead of at every position of the letter.
 * When the start is not a plain literal (a character class, an optional group) the answer
 * is "unknown" and the pattern is tried everywhere, which is correct, only slower.
 */
final class LiteralLeads {

    private LiteralLeads() {
    }

    /** Lower-case leads, or null when they cannot be known. */
    static String[] of(String regex) {
        List<String> leads = alternation(regex);
        return leads == null ? null : leads.toArray(String[]::new);
    }

    private static List<String> alternation(String regex) {
        List<String> out = new ArrayList<>();
        for (String alternative : splitTopLevel(regex)) {
            List<String> leads = sequence(alternative);
            if (leads == null) {
                return null;
            }
            out.addAll(leads);
        }
        return out.isEmpty() ? null : out;
    }

    private static List<String> sequence(String s) {
        int i = 0;
        while (true) {
            if (s.startsWith("\\b", i)) {
                i += 2;
            } else if (s.startsWith("(?i)", i)) {
                i += 4;
            } else {
                break;
            }
        }
        if (i >= s.length()) {
            return null;
        }
        if (s.charAt(i) == '(') {
            int bodyStart = groupBodyStart(s, i);
            int close = closingParen(s, i);
            if (close > 0 && bodyStart < 0 && isLookaround(s, i) && optionalEnd(s, close + 1) < 0) {
                return sequence(s.substring(close + 1)); // consumes nothing: the match starts after it
            }
            if (bodyStart < 0 || close < 0) {
                return null;
            }
            String body = s.substring(bodyStart, close);
            List<String> inside = alternation(body);
            int after = optionalEnd(s, close + 1);
            if (after < 0) {
                List<String> words = splitTopLevel(body);
                if (close + 1 < s.length() && "?*{+".indexOf(s.charAt(close + 1)) < 0 && words.stream()
                        .allMatch(w -> !w.isEmpty() && w.chars().allMatch(c -> isLiteral((char) c)))) {
                    // a group of plain words, such as (?:I|we) or (?<span> ), reads on like a literal
                    List<String> out = new ArrayList<>();
                    for (String word : words) {
                        String prefix = word.toLowerCase(Locale.ROOT);
                        List<String> longer = prefix.length() < MAX_LEAD ? extend(prefix, s, close + 1) : null;
                        out.addAll(longer != null ? longer : List.of(prefix));
                    }
                    return out.size() > MAX_LEADS * 2 ? inside : out.stream().distinct().toList();
                }
                return inside;
            }
            // an optional group: the match starts either inside it or with what follows it
            List<String> following = sequence(s.substring(after));
            if (inside == null || following == null) {
                return null;
            }
            List<String> both = new ArrayList<>(inside);
            both.addAll(following);
            return both;
        }
        if (s.charAt(i) == '[') {
            return classLeads(s, i);
        }
        StringBuilder literal = new StringBuilder();
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (isLiteral(c)) {
                literal.append(c);
                j++;
            } else if (c == '\\' && j + 1 < s.length() && isEscapedPunctuation(s.charAt(j + 1))) {
                literal.append(s.charAt(j + 1));
                j += 2;
            } else {
                break;
            }
        }
        if (j < s.length() && "?*{+".indexOf(s.charAt(j)) >= 0 && literal.length() > 0) {
            literal.setLength(literal.length() - 1); // the last character is repeated or optional
            return literal.length() == 0 ? null : List.of(literal.toString().toLowerCase(Locale.ROOT));
        }
        if (literal.length() == 0) {
            return null;
        }
        String prefix = literal.toString().toLowerCase(Locale.ROOT);
        List<String> longer = j < s.length() && prefix.length() < MAX_LEAD ? extend(prefix, s, j) : null;
        return longer != null ? longer : List.of(prefix);
    }

    /** Longest lead worth building: longer leads hardly cut candidates further. */
    private static final int MAX_LEAD = 6;
    /** Most leads one pattern may expand to. */
    private static final int MAX_LEADS = 40;

    /**
     * A literal followed by a group or a small class leads with the literal joined to each
     * of that group's leads ("i" then {@code (?:'m| am)?} then " " gives "i'm", "i am", "i "),
     * so that "i" inside "interview" is no candidate. Null when that cannot be worked out
     * or would give too many leads; the literal alone is then the lead.
     */
    private static List<String> extend(String prefix, String s, int at) {
        List<String> tails = sequence(s.substring(at));
        if (tails == null || tails.size() > MAX_LEADS) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String tail : tails) {
            String lead = prefix + tail;
            out.add(lead.length() > MAX_LEAD ? lead.substring(0, MAX_LEAD) : lead);
        }
        return out.stream().distinct().toList();
    }

    private static boolean isLiteral(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '\''
                || c == ',' || c == '-' || c == '"' || c == '@' || c == '&' || c == '<' || c == '>' || c == '!'
                || c == '=' || c == ':' || c == '/' || c == '#' || c == '%' || c == '~' || c == ';';
    }

    /**
     * A small class of plain characters ({@code [!?]}, {@code [,.;]}) leads with each of them;
     * ranges, negations and escapes other than punctuation make it unknown.
     */
    private static List<String> classLeads(String s, int open) {
        List<String> out = new ArrayList<>();
        for (int j = open + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == ']' && j > open + 1) {
                return out.isEmpty() || out.size() > 12 ? null : out;
            }
            if (c == '\\' && j + 1 < s.length() && isEscapedPunctuation(s.charAt(j + 1))) {
                c = s.charAt(++j);
            } else if (c == '^' || c == '-' || c == '[' || c == '&' || c == '\\' || c >= 128) {
                return null;
            }
            String lead = String.valueOf(Character.toLowerCase(c));
            if (!out.contains(lead)) {
                out.add(lead);
            }
        }
        return null;
    }

    /** After a quantifier that makes what precedes it optional ({@code ? * {0,n}}), else -1. */
    private static int optionalEnd(String s, int i) {
        if (i >= s.length()) {
            return -1;
        }
        int end;
        if (s.charAt(i) == '?' || s.charAt(i) == '*') {
            end = i + 1;
        } else if (s.startsWith("{0,", i) && s.indexOf('}', i) > 0) {
            end = s.indexOf('}', i) + 1;
        } else {
            return -1;
        }
        return end < s.length() && (s.charAt(end) == '?' || s.charAt(end) == '+') ? end + 1 : end;
    }

    private static boolean isEscapedPunctuation(char c) {
        return ".?[]{}()-!\"'<>@&,".indexOf(c) >= 0;
    }

    private static boolean isLookaround(String s, int open) {
        return s.startsWith("(?=", open) || s.startsWith("(?!", open) || s.startsWith("(?<=", open)
                || s.startsWith("(?<!", open);
    }

    /** Where a group's body starts, or -1 for look-arounds (they do not start a match). */
    private static int groupBodyStart(String s, int open) {
        int i = open + 1;
        if (i >= s.length() || s.charAt(i) != '?') {
            return i;
        }
        i++;
        if (i < s.length() && s.charAt(i) == '<' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
            int end = s.indexOf('>', i);
            return end < 0 ? -1 : end + 1;
        }
        while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
        }
        return i < s.length() && s.charAt(i) == ':' ? i + 1 : -1;
    }

    private static int closingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = skipClass(s, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = skipClass(s, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static int skipClass(String s, int open) {
        int i = open + 1;
        if (i < s.length() && s.charAt(i) == '^') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == ']') {
            i++;
        }
        int depth = 1;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return s.length();
    }
}
