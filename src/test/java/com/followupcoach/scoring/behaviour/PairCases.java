package com.followupcoach.scoring.behaviour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Classes judged on two letters: invariance (a change that must change nothing),
 * direction (a change that may only move the judgement one way), ranking, and the
 * scenario's employer.
 */
final class PairCases {

    /** One class: how to make its pairs and what is expected of them. */
    record Spec(String className, TestType type, Function<Composer, Pair> maker, Expectation expectation) {
    }

    /** Two letters and the template or layout they came from. */
    record Pair(Letter first, Letter second, String template) {
    }

    static final List<String> COMPLETE_LAYOUTS = List.of(
            "f.thanks_news f.ack | f.interest f.newqual | f.alternate f.feedback | f.contact",
            "f.thanks f.ack | f.interest | f.newqual f.alternate | f.feedback f.contact",
            "f.thanks_news | f.ack f.interest | f.alternate | f.newqual | f.feedback | f.contact",
            "f.thanks f.interest | f.ack | f.feedback f.alternate | f.newqual f.contact");
    static final List<String> SHORT_LAYOUTS = List.of("f.thanks_news f.ack f.interest", "f.thanks f.ack | f.interest",
            "f.thanks f.ack f.interest | f.alternate", "f.thanks_news | f.ack f.interest");
    static final List<String> HARMFUL_LAYOUTS = List.of("f.thanks_news *", "f.thanks_news | * | f.alternate",
            "* | f.close", "f.thanks | *", "f.thanks_news f.ack | * | f.contact");
    static final List<String> HOSTILE_CLASSES = List.of("tone.insult", "tone.profanity", "tone.ironic_thanks",
            "tone.bias_accusation", "tone.bitter_your_loss", "tone.passive_aggressive");
    static final List<String> SARCASTIC_CLASSES = List.of("tone.ironic_thanks", "tone.passive_aggressive",
            "tone.bitter_your_loss");
    static final List<String> DEMAND_CLASSES = List.of("expect.appeal_reconsider", "expect.second_chance",
            "expect.review_again", "expect.why_not_qualified");
    /** Classes whose signal is the surface itself (capitals), so casing may rightly change their judgement. */
    private static final List<String> SURFACE_CLASSES = List.of(Lexicon.TEMPLATES + "tone.shouting");
    private static final List<Frame> LETTER_FRAMES = List.of(Frame.EMAIL, Frame.EMAIL_WITH_SUBJECT, Frame.PAPER);
    private static final int TOLERANCE = 3;

    static final List<Spec> SPECS = List.of(
            new Spec("inv.names", TestType.INV, c -> variant(c, (p, q) -> p.withPeople(q), Surface.AS_WRITTEN,
                    Surface.AS_WRITTEN), Expect.unchanged(TOLERANCE)),
            new Spec("inv.company", TestType.INV, c -> variant(c, (p, q) -> p.withCompany(q.company()),
                    Surface.AS_WRITTEN, Surface.AS_WRITTEN), Expect.unchanged(TOLERANCE)),
            new Spec("inv.role", TestType.INV, c -> variant(c, (p, q) -> p.withRole(q.role()), Surface.AS_WRITTEN,
                    Surface.AS_WRITTEN), Expect.unchanged(TOLERANCE)),
            new Spec("inv.date_format", TestType.INV, PairCases::dateFormats, Expect.unchanged(TOLERANCE)),
            new Spec("inv.british_american", TestType.INV, c -> variant(c, (p, q) -> p, Surface.BRITISH,
                    Surface.AMERICAN), Expect.unchanged(TOLERANCE)),
            new Spec("inv.contractions", TestType.INV, c -> variant(c, (p, q) -> p, Surface.EXPANDED,
                    Surface.CONTRACTED), Expect.unchanged(TOLERANCE)),
            new Spec("inv.casing", TestType.INV, c -> variant(c, (p, q) -> p, Surface.AS_WRITTEN, Surface.LOWER_CASE),
                    Expect.contentUnchanged()),
            new Spec("inv.punctuation", TestType.INV, c -> variant(c, (p, q) -> p, Surface.AS_WRITTEN,
                    Surface.LOOSE_PUNCTUATION), Expect.contentUnchanged()),
            new Spec("inv.non_native_grammar", TestType.INV, c -> variant(c, (p, q) -> p, Surface.AS_WRITTEN,
                    Surface.NON_NATIVE), Expect.contentUnchanged()),
            new Spec("inv.run_on_sentences", TestType.INV, c -> variant(c, (p, q) -> p, Surface.AS_WRITTEN,
                    Surface.RUN_ON), Expect.contentUnchanged()),
            new Spec("inv.phone_typed", TestType.INV, c -> variant(c, (p, q) -> p, Surface.CONTRACTED,
                    Surface.PHONE_TYPED), Expect.contentUnchanged()),
            new Spec("inv.quoted_reply", TestType.INV, PairCases::quotedReply, Expect.contentUnchanged()),
            new Spec("inv.tense", TestType.INV, c -> variant(c, (p, q) -> p, Surface.AS_WRITTEN, Surface.TENSE),
                    Expect.contentUnchanged()),
            new Spec("dir.add_insult", TestType.DIR, c -> inserted(c, "tpl:tone.insult", "tpl:tone.profanity"),
                    Expect.both(Expect.noHigher(Expect.TONE, true), Expect.onVariant(Expect.flagged(Expect.TONE)))),
            new Spec("dir.add_sarcasm", TestType.DIR, c -> inserted(c, SARCASTIC_CLASSES.stream().map(k -> "tpl:" + k)
                    .toArray(String[]::new)),
                    Expect.both(Expect.noHigher(Expect.TONE, true), Expect.onVariant(Expect.flagged(Expect.TONE)))),
            new Spec("dir.add_demand", TestType.DIR, c -> inserted(c, DEMAND_CLASSES.stream().map(k -> "tpl:" + k)
                    .toArray(String[]::new)), Expect.both(Expect.noHigher(Expect.REALISTIC, true),
                    Expect.onVariant(Expect.flagged(Expect.REALISTIC)))),
            new Spec("dir.add_thanks", TestType.DIR, PairCases::thanksAdded, Expect.both(Expect.noLower(Expect.GRATITUDE),
                    Expect.onVariant(Expect.detected(Expect.GRATITUDE)))),
            new Spec("dir.remove_feedback", TestType.DIR, PairCases::feedbackRemoved,
                    Expect.noHigher(Expect.FEEDBACK, true)),
            new Spec("rank.complete_above_minimal", TestType.RANK, PairCases::completeAndMinimal,
                    Expect.scoresAbove(20, "complete letter", "minimal reply")),
            new Spec("rank.short_above_minimal", TestType.RANK, PairCases::shortAndMinimal,
                    Expect.scoresAbove(10, "short letter with the essentials", "minimal reply")),
            new Spec("rank.complete_above_harmful", TestType.RANK, PairCases::completeAndHarmful,
                    Expect.scoresAbove(20, "complete letter", "harmful letter")),
            new Spec("rank.followup_above_pre_decision_note", TestType.RANK, PairCases::completeAndPreDecisionNote,
                    Expect.scoresAbove(15, "follow-up letter", "thank-you note sent before the decision")),
            new Spec("scenario.other_employer", TestType.RANK, PairCases::otherEmployer,
                    Expect.both(Expect.onVariant(Expect.error(Expect.PERSONALIZATION)),
                            Expect.scoresAbove(1, "letter to the scenario's employer", "letter to another employer"))),
            new Spec("scenario.same_employer", TestType.MFT, PairCases::sameEmployer,
                    Expect.noError(Expect.PERSONALIZATION)));

    private PairCases() {
    }

    static List<Case> generate(Spec spec, Filler filler, long seed, int count) {
        Composer c = new Composer(filler, seed, spec.className());
        List<Case> cases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int attempt = 0; attempt < count * 20 && cases.size() < count; attempt++) {
            Pair pair = spec.maker().apply(c);
            boolean twoLetters = spec.type() != TestType.MFT;
            if (twoLetters && pair.first().text().equals(pair.second().text())) {
                continue; // the change found nothing to change in this letter
            }
            if (seen.add(pair.first().text() + "\u0000" + pair.second().text())) {
                List<Letter> letters = spec.type() == TestType.MFT ? List.of(pair.first())
                        : List.of(pair.first(), pair.second());
                cases.add(new Case(spec.className() + "#" + cases.size(), spec.className(), spec.type(), letters,
                        pair.template(), spec.expectation()));
            }
        }
        return cases;
    }

    /** A complete letter, sometimes with one sentence from any tested class in it. */
    private static List<List<String>> anyLetter(Composer c) {
        List<List<String>> paragraphs = c.compose(c.any(COMPLETE_LAYOUTS), "");
        if (c.random().nextBoolean()) {
            List<String> classes = c.lexicon().names().stream().filter(n -> n.startsWith(Lexicon.TEMPLATES))
                    .filter(n -> !SURFACE_CLASSES.contains(n)).toList();
            insert(c, paragraphs, c.fill(c.any(c.lexicon().get(c.any(classes)))));
        }
        return paragraphs;
    }

    private static Pair variant(Composer c, java.util.function.BinaryOperator<Persona> change, Surface first,
                                Surface second) {
        String skeleton = c.skeleton(c.any(LETTER_FRAMES), anyLetter(c), c.random().nextLong());
        Persona persona = c.persona();
        Persona changed = change.apply(persona, c.persona());
        return new Pair(Composer.letter(skeleton, persona, first, Setting.of(persona)),
                Composer.letter(skeleton, changed, second, Setting.of(changed)), "persona or surface change");
    }

    /** The same reply with what the mail client adds below it: a device line, the quoted rejection. */
    private static Pair quotedReply(Composer c) {
        String skeleton = c.skeleton(c.any(List.of(Frame.EMAIL, Frame.SIGNED)), anyLetter(c), c.random().nextLong());
        String trailer = (c.random().nextBoolean() ? "\n\n" + c.pick("mail_trailer") : "") + "\n\n"
                + c.pick("quoted_rejection").replace("\\n", "\n");
        Persona persona = c.persona();
        return new Pair(Composer.letter(skeleton, persona, Surface.AS_WRITTEN, Setting.of(persona)),
                Composer.letter(skeleton + trailer, persona, Surface.AS_WRITTEN, Setting.of(persona)),
                "reply with the quoted rejection below it");
    }

    private static Pair dateFormats(Composer c) {
        String skeleton = c.skeleton(Frame.PAPER, anyLetter(c), c.random().nextLong());
        Persona persona = c.persona();
        Persona.DateStyle other = c.any(List.of(Persona.DateStyle.values()));
        while (other == persona.dateStyle()) {
            other = c.any(List.of(Persona.DateStyle.values()));
        }
        return new Pair(Composer.letter(skeleton, persona, Surface.AS_WRITTEN, Setting.of(persona)),
                Composer.letter(skeleton, persona.withDateStyle(other), Surface.AS_WRITTEN, Setting.of(persona)),
                persona.dateStyle() + " -> " + other);
    }

    private static Pair inserted(Composer c, String... sources) {
        List<List<String>> base = c.compose(c.any(COMPLETE_LAYOUTS), "");
        String template = c.any(c.lexicon().get(c.any(List.of(sources))));
        List<List<String>> changed = copy(base);
        insert(c, changed, c.fill(template));
        return twoVersions(c, base, changed, template);
    }

    private static Pair thanksAdded(Composer c) {
        String layout = c.any(List.of("f.ack | f.interest | f.alternate", "f.ack f.interest | f.feedback | f.contact",
                "f.interest | f.newqual f.alternate", "f.thanks f.ack | f.interest"));
        List<List<String>> base = c.compose(layout, "");
        List<List<String>> changed = copy(base);
        String thanks = c.pick(c.any(List.of("f.thanks", "f.thanks_news")));
        changed.get(0).add(0, thanks);
        return twoVersions(c, base, changed, layout);
    }

    private static Pair feedbackRemoved(Composer c) {
        String layout = c.any(COMPLETE_LAYOUTS);
        String request = c.random().nextBoolean() ? c.pick("f.feedback")
                : c.fill(c.any(c.lexicon().templates("feedback.polite_request")));
        List<List<String>> base = c.compose(layout.replace("f.feedback", Composer.TARGET), request);
        List<List<String>> changed = copy(base);
        changed.forEach(p -> p.remove(request));
        return twoVersions(c, base, changed, request);
    }

    private static Pair twoVersions(Composer c, List<List<String>> base, List<List<String>> changed, String template) {
        Frame frame = c.any(LETTER_FRAMES);
        long frameSeed = c.random().nextLong();
        Persona persona = c.persona();
        Surface surface = c.any(Arrays.stream(Surface.values()).filter(s -> s != Surface.PHONE_TYPED).toList());
        return new Pair(Composer.letter(c.skeleton(frame, base, frameSeed), persona, surface, Setting.NONE),
                Composer.letter(c.skeleton(frame, changed, frameSeed), persona, surface, Setting.NONE), template);
    }

    private static Pair completeAndMinimal(Composer c) {
        Persona persona = c.persona();
        return new Pair(complete(c, persona), minimal(c, persona), "complete vs minimal");
    }

    private static Pair shortAndMinimal(Composer c) {
        Persona persona = c.persona();
        String skeleton = c.skeleton(c.any(List.of(Frame.EMAIL, Frame.EMAIL_WITH_SUBJECT)),
                c.compose(c.any(SHORT_LAYOUTS), ""), c.random().nextLong());
        return new Pair(Composer.letter(skeleton, persona, Surface.AS_WRITTEN, Setting.NONE), minimal(c, persona),
                "short vs minimal");
    }

    private static Pair completeAndHarmful(Composer c) {
        Persona persona = c.persona();
        String hostile = c.any(c.lexicon().templates(c.any(HOSTILE_CLASSES)));
        String skeleton = c.skeleton(c.any(List.of(Frame.EMAIL, Frame.SIGNED, Frame.EMAIL_WITH_SUBJECT)),
                c.compose(c.any(HARMFUL_LAYOUTS), c.fill(hostile)), c.random().nextLong());
        return new Pair(complete(c, persona), Composer.letter(skeleton, persona, Surface.AS_WRITTEN, Setting.NONE),
                hostile);
    }

    private static Pair completeAndPreDecisionNote(Composer c) {
        Persona persona = c.persona();
        String note = c.any(c.lexicon().templates("pre_decision_note"));
        String skeleton = c.skeleton(c.any(LETTER_FRAMES), c.compose("*", c.fill(note)), c.random().nextLong());
        return new Pair(complete(c, persona), Composer.letter(skeleton, persona, Surface.AS_WRITTEN, Setting.NONE), note);
    }

    private static Pair otherEmployer(Composer c) {
        Persona persona = c.persona();
        String other = c.persona().company();
        while (other.equals(persona.company())) {
            other = c.persona().company();
        }
        String skeleton = c.skeleton(c.any(LETTER_FRAMES), c.compose(c.any(COMPLETE_LAYOUTS), ""), c.random().nextLong());
        Setting setting = Setting.of(persona);
        return new Pair(Composer.letter(skeleton, persona, Surface.AS_WRITTEN, setting),
                Composer.letter(skeleton, persona.withCompany(other), Surface.AS_WRITTEN, setting),
                "scenario " + persona.company() + ", letter names " + other);
    }

    private static Pair sameEmployer(Composer c) {
        Persona persona = c.persona();
        String skeleton = c.skeleton(c.any(LETTER_FRAMES), c.compose(c.any(COMPLETE_LAYOUTS), ""), c.random().nextLong());
        Letter letter = Composer.letter(skeleton, persona, Surface.AS_WRITTEN, Setting.of(persona));
        return new Pair(letter, letter, "scenario and letter name " + persona.company());
    }

    private static Letter complete(Composer c, Persona persona) {
        String skeleton = c.skeleton(c.any(LETTER_FRAMES), c.compose(c.any(COMPLETE_LAYOUTS), ""), c.random().nextLong());
        return Composer.letter(skeleton, persona, Surface.AS_WRITTEN, Setting.NONE);
    }

    private static Letter minimal(Composer c, Persona persona) {
        String line = c.pick("minimal");
        String skeleton = c.any(List.of(line + "\n{me}", "Hi {iv_first}, " + line + "\n{me}", line + "\n{me_full}"));
        return Composer.letter(skeleton, persona, Surface.AS_WRITTEN, Setting.NONE);
    }

    private static void insert(Composer c, List<List<String>> paragraphs, String sentence) {
        List<String> paragraph = paragraphs.get(c.random().nextInt(paragraphs.size()));
        paragraph.add(c.random().nextInt(paragraph.size() + 1), sentence);
    }

    private static List<List<String>> copy(List<List<String>> paragraphs) {
        List<List<String>> copy = new ArrayList<>();
        paragraphs.forEach(p -> copy.add(new ArrayList<>(p)));
        return copy;
    }
}
