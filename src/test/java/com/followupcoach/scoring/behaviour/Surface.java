package com.followupcoach.scoring.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Surface variation that leaves a letter's meaning alone: contractions, casing,
 * punctuation, British or American spelling, the grammar and idiom of a non-native writer
 * (including Indian English: "kindly", "revert back"), and run-on sentences.
 */
enum Surface {
    AS_WRITTEN, CONTRACTED, EXPANDED, LOWER_CASE, AMERICAN, BRITISH, LOOSE_PUNCTUATION, NON_NATIVE, RUN_ON, TENSE,
    /** Contracted, then typed on a phone that drops the apostrophe where no other word results ("dont", "Im"). */
    PHONE_TYPED;

    /** A full stop between two sentences of one line, where a run-on writer puts ", and". */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[a-z0-9)])\\. ([A-Z][\\w']*)");

    private static final String[][] CONTRACTIONS = {
        {"I am", "I'm"}, {"I have been", "I've been"}, {"I would", "I'd"}, {"I will", "I'll"}, {"do not", "don't"},
        {"does not", "doesn't"}, {"did not", "didn't"}, {"was not", "wasn't"}, {"were not", "weren't"},
        {"is not", "isn't"}, {"cannot", "can't"}, {"will not", "won't"}, {"it is", "it's"}, {"you are", "you're"},
        {"they are", "they're"}, {"that is", "that's"}, {"could not", "couldn't"}, {"have not", "haven't"},
        {"had not", "hadn't"}, {"would not", "wouldn't"}, {"we are", "we're"},
    };

    // not "I'd", "I'll", "it's", "we're": without the apostrophe they are other words (Id, Ill, its, were)
    private static final String[][] APOSTROPHES_DROPPED = {
        {"don't", "dont"}, {"doesn't", "doesnt"}, {"didn't", "didnt"}, {"wasn't", "wasnt"}, {"weren't", "werent"},
        {"isn't", "isnt"}, {"can't", "cant"}, {"won't", "wont"}, {"you're", "youre"}, {"they're", "theyre"},
        {"that's", "thats"}, {"couldn't", "couldnt"}, {"haven't", "havent"}, {"hadn't", "hadnt"},
        {"wouldn't", "wouldnt"}, {"I'm", "Im"}, {"I've", "Ive"},
    };

    // expansions that differ from the reverse of CONTRACTIONS come first
    private static final String[][] EXPANSIONS = {
        {"I'd hoped", "I had hoped"}, {"it's been", "it has been"}, {"I'd", "I would"}, {"I've", "I have"},
    };

    private static final String[][] BRITISH_TO_AMERICAN = {
        {"apologise", "apologize"}, {"apologising", "apologizing"}, {"apologised", "apologized"},
        {"realise", "realize"}, {"realised", "realized"}, {"recognise", "recognize"},
        {"organisation", "organization"}, {"organised", "organized"}, {"organisations", "organizations"}, {"organise", "organize"},
        {"analyse", "analyze"}, {"colour", "color"}, {"favour", "favor"}, {"behaviour", "behavior"},
        {"honour", "honor"}, {"centre", "center"}, {"travelled", "traveled"}, {"learnt", "learned"},
        {"judgement", "judgment"}, {"licence", "license"}, {"enrol", "enroll"}, {"defence", "defense"},
        {"labour", "labor"}, {"neighbour", "neighbor"}, {"programme", "program"}, {"practise", "practice"},
        {"CV", "resume"}, {"whilst", "while"}, {"keener", "more eager"},
    };

    private static final String[][] NON_NATIVE_REWRITES = {
        {"the interview", "interview"}, {"the team", "team"}, {"looking forward to hearing", "looking forward to hear"},
        {"interested in", "interested for"}, {"in the future", "in future"}, {"email", "mail"},
        {"feedback", "feedbacks"}, {"Could you", "Can you please"}, {"please", "kindly"}, {"I'm", "I am"},
        {"discuss", "discuss about"}, {"I have recently finished", "I have recently done"},
        {"I would be grateful", "I shall be thankful"}, {"would be much appreciated", "will be highly appreciated"},
        {"let me know", "revert back to me"}, {"the chance", "a chance"},
    };

    // simple past and present perfect, present and past: the same news told from another day
    private static final String[][] TENSE_SHIFTS = {
        {"I have completed", "I completed"}, {"I have finished", "I finished"}, {"I have updated", "I updated"},
        {"I was disappointed", "I am disappointed"}, {"I really appreciated", "I really appreciate"},
        {"I enjoyed", "I have enjoyed"}, {"I understand", "I understood"}, {"made me", "has made me"},
        {"strengthened", "has strengthened"}, {"I learned", "I have learned"}, {"I was sorry", "I am sorry"},
    };

    String apply(String text) {
        return switch (this) {
            case AS_WRITTEN -> text;
            case CONTRACTED -> replaceAll(text, CONTRACTIONS, false);
            case EXPANDED -> replaceAll(replaceAll(text, EXPANSIONS, false), CONTRACTIONS, true);
            case LOWER_CASE -> text.toLowerCase(Locale.ROOT);
            case AMERICAN -> replaceAll(text, BRITISH_TO_AMERICAN, false);
            case BRITISH -> replaceAll(text, BRITISH_TO_AMERICAN, true);
            case LOOSE_PUNCTUATION -> text.replace(",", "").replaceAll("(?m)\\.$", "");
            case NON_NATIVE -> replaceAll(text, NON_NATIVE_REWRITES, false);
            case RUN_ON -> runOn(text);
            case TENSE -> replaceAll(text, TENSE_SHIFTS, false);
            case PHONE_TYPED -> replaceAll(replaceAll(text, CONTRACTIONS, false), APOSTROPHES_DROPPED, false);
        };
    }

    /** Joins the sentences of each line into one long sentence, the way many people write. */
    private static String runOn(String text) {
        Matcher m = SENTENCE_BREAK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1);
            boolean keepCapital = word.equals("I") || word.startsWith("I'") || word.length() > 1
                    && Character.isUpperCase(word.charAt(1));
            String joined = keepCapital ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
            m.appendReplacement(out, Matcher.quoteReplacement(", and " + joined));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Map<String, Pattern> WORDS = new ConcurrentHashMap<>();

    /** Replaces whole words (a possessive "'s" may follow, a contraction may not), also in their sentence-initial capitalised form. */
    private static String replaceAll(String text, String[][] pairs, boolean reverse) {
        String result = text;
        for (String[] pair : pairs) {
            String from = reverse ? pair[1] : pair[0];
            String to = reverse ? pair[0] : pair[1];
            for (String[] variant : variants(from, to)) {
                if (result.contains(variant[0])) {
                    Pattern word = WORDS.computeIfAbsent(variant[0],
                            w -> Pattern.compile("(?<![\\w'])" + Pattern.quote(w) + "(?!\\w)(?!'(?!s\\b)\\w)"));
                    result = word.matcher(result).replaceAll(Matcher.quoteReplacement(variant[1]));
                }
            }
        }
        return result;
    }

    private static List<String[]> variants(String from, String to) {
        List<String[]> variants = new ArrayList<>();
        variants.add(new String[] {from, to});
        if (Character.isLowerCase(from.charAt(0))) {
            variants.add(new String[] {capitalise(from), capitalise(to)});
        }
        return variants;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
