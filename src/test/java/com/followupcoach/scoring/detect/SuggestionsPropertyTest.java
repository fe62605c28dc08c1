package com.followupcoach.scoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.text.Span;
import com.followupcoach.scoring.tokens.TokenPattern;
import com.followupcoach.scoring.tokens.TokenPatternException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * A suggestion's {@code {name}} places are found by hand (a megabyte may fill hundreds of
 * thousands of suggestions); for any template they must be filled exactly as the written rule
 * says: {@code {} around 1 to 30 ASCII letters or digits}, runs of 2 to 8 spaces made one.
 */
class SuggestionsPropertyTest {

    private static final Pattern REF = Pattern.compile("\\{([A-Za-z0-9]{1,30})\\}");
    private static final String ORIGINAL = "late  , sorry .";
    private static final Span[] PARTS = {new Span(0, 4), new Span(6, 13)};

    @Property(tries = 500)
    void placesAreFilledAsTheRegularExpressionSays(@ForAll @StringLength(max = 60)
            @Chars({'{', '}', 'a', 'b', 'z', 'A', '1', ' ', ' ', ',', '.', 'x'}) String template)
            throws TokenPatternException {
        TokenPattern pattern = TokenPattern.compile("{a: late} {b: sorry}", Map.of());
        Optional<String> filled = Suggestions.fillParts(Optional.of(template), pattern, PARTS, ORIGINAL, "late");
        assertThat(filled).contains(reference(template, pattern));
    }

    @Property(tries = 100)
    void longNamesStopAtThirtyCharacters(@ForAll @StringLength(min = 25, max = 35) @Chars({'a'}) String name)
            throws TokenPatternException {
        TokenPattern pattern = TokenPattern.compile("{a: late}", Map.of());
        String template = "x {" + name + "} y";
        assertThat(Suggestions.fillParts(Optional.of(template), pattern, PARTS, ORIGINAL, "late"))
                .contains(reference(template, pattern));
    }

    /** The definition: the regular expressions the rubric's documentation describes. */
    private static String reference(String template, TokenPattern pattern) {
        if (template.indexOf('{') < 0) {
            return caseLikeLate(template);
        }
        StringBuilder out = new StringBuilder();
        Matcher refs = REF.matcher(template);
        int last = 0;
        while (refs.find()) {
            out.append(template, last, refs.start());
            int index = pattern.partIndex(refs.group(1));
            Span part = index < 0 ? null : PARTS[index];
            out.append(part == null ? "" : ORIGINAL.substring(part.start(), part.end()));
            last = refs.end();
        }
        out.append(template, last, template.length());
        String filled = out.toString().replaceAll(" {2,8}", " ").replace(" ,", ",").replace(" .", ".").trim();
        return caseLikeLate(filled);
    }

    /** The highlighted text "late" begins in lower case: so does a suggestion that begins with a letter. */
    private static String caseLikeLate(String s) {
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            return s;
        }
        boolean pronounI = s.startsWith("I ") || s.startsWith("I'") || s.equals("I");
        return pronounI ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
