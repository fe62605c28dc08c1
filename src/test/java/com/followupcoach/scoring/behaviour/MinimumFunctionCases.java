package com.followupcoach.scoring.behaviour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Minimum-function classes: one letter each, built around one sentence under test with
 * ordinary filler around it that says nothing about the criterion being probed. Each
 * class that expects a move to be found has a control class in which it is absent.
 */
final class MinimumFunctionCases {

    /** One class: where its sentences come from, the letters they sit in, what is expected. */
    record Spec(String className, String source, List<String> layouts, List<Frame> frames, Expectation expectation,
            List<Surface> surfaces) {

        Spec(String className, String source, List<String> layouts, List<Frame> frames, Expectation expectation) {
            this(className, source, layouts, frames, expectation, ALL_SURFACES);
        }
    }

    private static final List<Frame> ALL_FRAMES = List.of(Frame.values());
    // the phone-typed surface is tested as an invariance of its own (inv.phone_typed); leaving it out
    // here keeps every class's draws as they were
    private static final List<Surface> ALL_SURFACES = Arrays.stream(Surface.values())
            .filter(s -> s != Surface.PHONE_TYPED).toList();
    /** Shouting is in the capitals: a letter written all in lower case has none to test. */
    private static final List<Surface> CASED_SURFACES = ALL_SURFACES.stream()
            .filter(s -> s != Surface.LOWER_CASE).toList();
    private static final List<Frame> LETTERS = List.of(Frame.EMAIL, Frame.EMAIL_WITH_SUBJECT, Frame.PAPER, Frame.SIGNED);

    private static final List<String> TONE_LAYOUTS = List.of("*", "*", "f.thanks_news *", "f.thanks * | f.close",
            "* | f.feedback", "f.thanks_news | * | f.alternate");
    private static final List<String> INTEREST_LAYOUTS = List.of("*", "f.thanks *", "f.thanks_news f.ack | * | f.feedback",
            "f.thanks | f.ack * | f.newqual", "* | f.contact");
    private static final List<String> NO_INTEREST_LAYOUTS = List.of("f.thanks_news f.ack | f.feedback",
            "f.thanks | f.ack | f.newqual", "f.thanks f.ack", "f.thanks | f.feedback | f.contact");
    private static final List<String> ACK_LAYOUTS = List.of("*", "f.thanks *", "f.thanks | * f.interest | f.feedback",
            "* | f.alternate", "f.thanks | * | f.newqual");
    private static final List<String> NO_ACK_LAYOUTS = List.of("f.thanks | f.interest | f.feedback", "f.thanks f.interest",
            "f.thanks | f.alternate | f.contact", "f.thanks | f.newqual f.feedback");
    private static final List<String> PRE_INTERVIEW_LAYOUTS = List.of("*", "* | f.alternate", "* | f.close",
            "* f.alternate | f.contact");
    private static final List<String> EXPECT_LAYOUTS = List.of("*", "f.thanks_news *", "f.thanks_news | * | f.close",
            "f.thanks f.ack | *", "* | f.contact");
    private static final List<String> FEEDBACK_LAYOUTS = List.of("*", "f.thanks_news f.ack | *",
            "f.thanks | * | f.alternate", "f.thanks | f.ack * | f.contact");
    private static final List<String> CALM_LAYOUTS = List.of("f.thanks * | f.alternate", "f.thanks_news | * | f.feedback",
            "*", "* | f.close");

    private static final List<String> ALTERNATE_LAYOUTS = List.of("*", "f.thanks *", "f.thanks_news f.ack | * | f.feedback",
            "f.thanks | f.interest * | f.contact", "f.thanks | f.ack | * | f.close");
    private static final List<String> NO_INTEREST_AROUND = List.of("f.thanks_news f.ack | * | f.feedback",
            "f.thanks | f.ack * | f.newqual", "f.thanks * f.ack", "* | f.contact");
    /** No f.close: "Best of luck with the new appointment" tells of a decision already made. */
    private static final List<String> WAITING_LAYOUTS = List.of("*", "* | f.interest", "* | f.contact");
    private static final List<String> NEWQUAL_LAYOUTS = List.of("*", "f.thanks *", "f.thanks_news f.ack | * | f.feedback",
            "f.thanks | f.interest * | f.contact");
    private static final List<String> ACCEPTANCE_LAYOUTS = List.of("f.thanks *", "f.thanks_news | * | f.feedback", "*",
            "* | f.close", "f.thanks | * | f.alternate");

    static final List<Spec> SPECS = specs();

    private MinimumFunctionCases() {
    }

    private static List<Spec> specs() {
        List<Spec> specs = new ArrayList<>();
        // what harms the relationship is an error; dismissive, passive-aggressive or pleading is at least a warning
        for (String tone : List.of("insult", "profanity", "ironic_thanks", "bias_accusation", "bitter_your_loss")) {
            specs.add(new Spec("tone." + tone, "tpl:tone." + tone, TONE_LAYOUTS, ALL_FRAMES, Expect.error(Expect.TONE)));
        }
        for (String tone : List.of("slang_dismissal", "passive_aggressive", "apology_begging")) {
            specs.add(new Spec("tone." + tone, "tpl:tone." + tone, TONE_LAYOUTS, ALL_FRAMES, Expect.flagged(Expect.TONE)));
        }
        specs.add(new Spec("tone.calm_control", "tpl:tone.calm_control", CALM_LAYOUTS, LETTERS, Expect.met(Expect.TONE)));
        // tone said in words the classes above never use: judged by the kind of sentence, not its vocabulary
        for (String tone : List.of("negative_judgement", "rhetorical_question", "ultimatum", "blame_reader", "lecture", "public_warning",
                "reproach")) {
            specs.add(new Spec("tone." + tone, "tpl:tone." + tone, TONE_LAYOUTS, ALL_FRAMES, Expect.error(Expect.TONE)));
        }
        // the sixth blind set's tone misses, by class: going over the reader's head, a trait hinted as
        // held against the writer, pressure on the decision, the person chosen run down
        for (String tone : List.of("over_their_head", "insinuated_bias", "pressure", "runs_down_hire")) {
            specs.add(new Spec("tone." + tone, "tpl:tone." + tone, TONE_LAYOUTS, ALL_FRAMES, Expect.error(Expect.TONE)));
        }
        for (String tone : List.of("grievance_count", "self_pity", "pleading_offer")) {
            specs.add(new Spec("tone." + tone, "tpl:tone." + tone, TONE_LAYOUTS, ALL_FRAMES, Expect.flagged(Expect.TONE)));
        }
        specs.add(new Spec("tone.shouting", "tpl:tone.shouting", TONE_LAYOUTS, ALL_FRAMES, Expect.flagged(Expect.TONE),
                CASED_SURFACES));
        // the near misses of those classes: an honest question, a cost told without grievance, an acronym
        specs.add(new Spec("tone.calm_near_miss", "tpl:tone.calm_near_miss", CALM_LAYOUTS, LETTERS,
                Expect.met(Expect.TONE)));
        // their near misses: a careers adviser copied in, a trait named calmly, an offer taken elsewhere, thanks to a group
        specs.add(new Spec("tone.pointed_near_miss", "tpl:tone.pointed_near_miss", CALM_LAYOUTS, LETTERS,
                Expect.met(Expect.TONE)));
        // a chat message's warmth: exclamation marks after thanks, a laugh beside acceptance
        specs.add(new Spec("tone.friendly_register", "tpl:tone.friendly_register", CALM_LAYOUTS, ALL_FRAMES,
                Expect.met(Expect.TONE)));
        // the eighth blind set's tone classes: the panel's judgement rebutted, a guilt trip, condescension and a
        // chaser with an edge are errors; hardship pleaded or the person chosen undercut at least a warning;
        // insisting on being the right person and a bare "Noted." at most a note, so tone stays met
        for (String tone : List.of("rebuts_assessment", "guilt_trip", "edgy_chaser", "condescension")) {
            specs.add(new Spec("tone." + tone, "tpl:tone." + tone, TONE_LAYOUTS, ALL_FRAMES, Expect.error(Expect.TONE)));
        }
        specs.add(new Spec("tone.hardship_plea", "tpl:tone.hardship_plea", TONE_LAYOUTS, ALL_FRAMES,
                Expect.flagged(Expect.TONE)));
        for (String tone : List.of("insists_on_fit", "curt_noted", "edge_near_miss")) {
            specs.add(new Spec("tone." + tone, "tpl:tone." + tone, CALM_LAYOUTS, LETTERS, Expect.met(Expect.TONE)));
        }
        for (String interest : List.of("admiration", "enthusiasm", "mission", "still_remains", "wish_to_join",
                "long_sentence", "non_native")) {
            specs.add(new Spec("interest." + interest, "tpl:interest." + interest, INTEREST_LAYOUTS, ALL_FRAMES,
                    Expect.detected(Expect.INTEREST)));
        }
        specs.add(new Spec("interest.absent_control", null, NO_INTEREST_LAYOUTS, LETTERS, Expect.absent(Expect.INTEREST)));
        for (String ack : List.of("subordinate_clause", "generic_template", "non_native", "informal")) {
            specs.add(new Spec("ack." + ack, "tpl:ack." + ack, ACK_LAYOUTS, ALL_FRAMES,
                    Expect.detected(Expect.ACKNOWLEDGEMENT)));
        }
        specs.add(new Spec("ack.pre_interview", "tpl:ack.pre_interview", PRE_INTERVIEW_LAYOUTS, ALL_FRAMES,
                Expect.detected(Expect.ACKNOWLEDGEMENT)));
        specs.add(new Spec("ack.informal_near_miss", "tpl:ack.informal_near_miss", NO_ACK_LAYOUTS.stream()
                .map(layout -> layout + " *").toList(), LETTERS, Expect.absent(Expect.ACKNOWLEDGEMENT)));
        specs.add(new Spec("ack.absent_control", null, NO_ACK_LAYOUTS, LETTERS, Expect.absent(Expect.ACKNOWLEDGEMENT)));
        // a thank-you note sent before any decision is another genre: the rubric caps it (wrongGenre)
        specs.add(new Spec("genre.pre_decision_note", "tpl:pre_decision_note", List.of("*", "* | f.contact"), LETTERS,
                Expect.scoresAtMost(45, "a thank-you note written before the decision")));
        // asking for another outcome is unrealistic; arguing that the decision was wrong also harms the tone
        for (String expect : List.of("appeal_reconsider", "second_chance", "review_again")) {
            specs.add(new Spec("expect." + expect, "tpl:expect." + expect, EXPECT_LAYOUTS, ALL_FRAMES,
                    Expect.flagged(Expect.REALISTIC)));
        }
        specs.add(new Spec("expect.why_not_qualified", "tpl:expect.why_not_qualified", EXPECT_LAYOUTS, ALL_FRAMES,
                Expect.both(Expect.flagged(Expect.REALISTIC), Expect.flagged(Expect.TONE))));
        // a demand for reasons, as the lessons teach; passing it over as no request at all is not enough
        specs.add(new Spec("expect.why_not_chosen", "tpl:expect.why_not_chosen", EXPECT_LAYOUTS, ALL_FRAMES,
                Expect.flagged(Expect.REALISTIC)));
        specs.add(new Spec("feedback.polite_request", "tpl:feedback.polite_request", FEEDBACK_LAYOUTS, ALL_FRAMES,
                Expect.both(Expect.met(Expect.FEEDBACK), Expect.met(Expect.REALISTIC))));
        specs.addAll(criteriaMoves());
        return List.copyOf(specs);
    }

    /**
     * The content moves in the shapes real letters use and the earlier classes did not: feedback
     * asked as a question, as something welcome, in learners' English; other roles and later
     * openings; interest as staying in touch; a polite appeal told from a gracious acceptance.
     * Each has a near miss that names the move's words without making it.
     */
    private static List<Spec> criteriaMoves() {
        List<Spec> specs = new ArrayList<>();
        for (String shape : List.of("question_shapes", "welcome_shapes", "non_native")) {
            specs.add(new Spec("feedback." + shape, "tpl:feedback." + shape, FEEDBACK_LAYOUTS, ALL_FRAMES,
                    Expect.detected(Expect.FEEDBACK)));
        }
        specs.add(new Spec("feedback.near_miss", "tpl:feedback.near_miss", FEEDBACK_LAYOUTS, LETTERS,
                Expect.absent(Expect.FEEDBACK)));
        // "why wasn't I chosen" asks for reasons: the lessons teach it is not a feedback request
        specs.add(new Spec("feedback.not_a_demand_for_reasons", "tpl:expect.why_not_chosen", FEEDBACK_LAYOUTS, LETTERS,
                Expect.absent(Expect.FEEDBACK)));
        specs.add(new Spec("feedback.absent_control", null, List.of("f.thanks_news f.ack | f.alternate",
                "f.thanks | f.ack | f.newqual", "f.thanks f.interest", "f.thanks | f.ack | f.contact"), LETTERS,
                Expect.absent(Expect.FEEDBACK)));
        for (String shape : List.of("other_roles", "future_openings", "request_forms")) {
            specs.add(new Spec("alternate." + shape, "tpl:alternate." + shape, ALTERNATE_LAYOUTS, ALL_FRAMES,
                    Expect.detected(Expect.ALTERNATE)));
        }
        specs.add(new Spec("alternate.near_miss", "tpl:alternate.near_miss", ALTERNATE_LAYOUTS, LETTERS,
                Expect.absent(Expect.ALTERNATE)));
        specs.add(new Spec("alternate.request_near_miss", "tpl:alternate.request_near_miss", ALTERNATE_LAYOUTS,
                LETTERS, Expect.absent(Expect.ALTERNATE)));
        specs.add(new Spec("alternate.absent_control", null, List.of("f.thanks_news f.ack | f.feedback",
                "f.thanks | f.interest | f.newqual", "f.thanks f.ack", "f.thanks | f.feedback | f.contact"), LETTERS,
                Expect.absent(Expect.ALTERNATE)));
        specs.add(new Spec("interest.stay_in_touch", "tpl:interest.stay_in_touch", INTEREST_LAYOUTS, ALL_FRAMES,
                Expect.detected(Expect.INTEREST)));
        specs.add(new Spec("interest.belonging", "tpl:interest.belonging", INTEREST_LAYOUTS, ALL_FRAMES,
                Expect.detected(Expect.INTEREST)));
        specs.add(new Spec("interest.belonging_near_miss", "tpl:interest.belonging_near_miss", NO_INTEREST_AROUND,
                LETTERS, Expect.absent(Expect.INTEREST)));
        specs.add(new Spec("interest.near_miss", "tpl:interest.near_miss", NO_INTEREST_AROUND, LETTERS,
                Expect.absent(Expect.INTEREST)));
        // a polite appeal is an unrealistic request, not a tone problem: nothing in its words argues or pleads
        specs.add(new Spec("expect.polite_appeal", "tpl:expect.polite_appeal", EXPECT_LAYOUTS, ALL_FRAMES,
                Expect.both(Expect.flagged(Expect.REALISTIC), Expect.met(Expect.TONE))));
        specs.add(new Spec("expect.gracious_acceptance", "tpl:expect.gracious_acceptance", ACCEPTANCE_LAYOUTS, LETTERS,
                Expect.met(Expect.REALISTIC)));
        specs.addAll(sixthBlindSetMoves());
        return specs;
    }

    /**
     * The moves the sixth blind set said in ways the classes above did not: the decision or a stage asked for
     * again, the decision reopened on new terms, their view of the work asked with no feedback word, another
     * opening seen or work named after a condition, interest said of the place, the wait for a decision told
     * with words between, a skill left unsaid or experience since. Each has a near miss in the same words.
     */
    private static List<Spec> sixthBlindSetMoves() {
        List<Spec> specs = new ArrayList<>();
        for (String appeal : List.of("another_look", "new_terms")) {
            specs.add(new Spec("expect." + appeal, "tpl:expect." + appeal, EXPECT_LAYOUTS, ALL_FRAMES,
                    Expect.flagged(Expect.REALISTIC)));
        }
        specs.add(new Spec("expect.appeal_near_miss", "tpl:expect.appeal_near_miss", ACCEPTANCE_LAYOUTS, LETTERS,
                Expect.met(Expect.REALISTIC)));
        specs.addAll(foundAndNearMiss("feedback.their_view", FEEDBACK_LAYOUTS, Expect.FEEDBACK));
        specs.addAll(foundAndNearMiss("alternate.named_work", ALTERNATE_LAYOUTS, Expect.ALTERNATE));
        specs.add(new Spec("interest.place_to_work", "tpl:interest.place_to_work", INTEREST_LAYOUTS, ALL_FRAMES,
                Expect.detected(Expect.INTEREST)));
        specs.add(new Spec("interest.place_near_miss", "tpl:interest.place_near_miss", NO_INTEREST_AROUND, LETTERS,
                Expect.absent(Expect.INTEREST)));
        // a thank-you note written before the decision: acknowledgement is missing, whatever fillers surround it
        specs.add(new Spec("ack.waiting_for_decision", "tpl:ack.waiting_for_decision", WAITING_LAYOUTS, ALL_FRAMES,
                Expect.absent(Expect.ACKNOWLEDGEMENT)));
        specs.add(new Spec("newqual.unsaid_or_since", "tpl:newqual.unsaid_or_since", NEWQUAL_LAYOUTS, ALL_FRAMES,
                Expect.detected(Expect.NEW_QUALIFICATIONS)));
        specs.add(new Spec("newqual.unsaid_near_miss", "tpl:newqual.unsaid_near_miss", NEWQUAL_LAYOUTS, LETTERS,
                Expect.absent(Expect.NEW_QUALIFICATIONS)));
        specs.addAll(eighthBlindSetMoves());
        specs.addAll(eighthBlindSetCriteria());
        specs.addAll(ninthBlindSetCriteria());
        specs.addAll(eleventhBlindSetContent());
        specs.addAll(appealProbeS12());
        specs.addAll(fourteenthSessionClasses());
        return specs;
    }

    /**
     * The appeals and claims the thirteenth blind set made in ways the classes above did not: a hearing asked for
     * before the appointment is final, the records claimed by a deadline, the writer's case put again to someone
     * who decides, the panel asked to think again, the application kept open for this post. And its continued
     * interest: words between the wish and its "to", ending up on the team, a trade's own verb, the place where
     * the writer wants to be. Feedback asked as what was missing, what decided it, or a few words that would help;
     * other posts as the next hiring, the post advertised again, or another post if not this one; a certificate
     * named by its language level or before the verb that gained it. And seven tone classes from the session's tone
     * probe: a warning about what others will hear, regret foretold, an outcome settled in advance, the panel or the
     * hire belittled, begging or grovelling, the cost held up as a debt, praise for what hurt.
     */
    private static List<Spec> fourteenthSessionClasses() {
        List<Spec> specs = new ArrayList<>();
        for (String appeal : List.of("before_final", "make_my_case", "think_again", "keep_post_open")) {
            specs.addAll(appealAndNearMiss("expect." + appeal, "expect." + appeal + "_near_miss"));
        }
        specs.addAll(demandAndNearMiss("expect.claim_by_deadline", "expect.claim_by_deadline_near_miss"));
        for (String interest : List.of("wish_words_between", "end_up_on_team", "trade_there", "where_i_want_to_be")) {
            specs.addAll(interestAndNearMiss("interest." + interest));
        }
        for (String feedback : List.of("what_was_missing", "what_decided_it", "a_few_words")) {
            specs.addAll(foundAndNearMiss("feedback." + feedback, FEEDBACK_LAYOUTS, Expect.FEEDBACK));
        }
        specs.addAll(foundAndNearMiss("alternate.hiring_again", ALTERNATE_LAYOUTS, Expect.ALTERNATE));
        specs.addAll(foundAndNearMiss("alternate.if_not_this_post", ALTERNATE_LAYOUTS, Expect.ALTERNATE));
        specs.addAll(foundAndNearMiss("newqual.language_level", NEWQUAL_LAYOUTS, Expect.NEW_QUALIFICATIONS));
        specs.addAll(foundAndNearMiss("newqual.qualification_first", NEWQUAL_LAYOUTS, Expect.NEW_QUALIFICATIONS));
        for (String tone : List.of("warns_others_will_hear", "foretells_regret", "settled_in_advance",
                "belittles_panel_or_hire", "begs_or_grovels", "counts_the_cost", "praises_what_hurt")) {
            specs.addAll(harmAndNearMiss("tone." + tone));
        }
        specs.addAll(fifteenthSessionClasses());
        specs.addAll(sixteenthSessionClasses());
        return specs;
    }

    /**
     * The fifteenth session's tone classes, from a probe of rebuttals with a polite surface: the decision argued
     * by its parts. A flat contradiction, a misunderstanding claimed or an error claimed is a tone error; the
     * record said to be overlooked, the person chosen outdone, the writer the best, the result not doing them
     * justice or a qualification cited for a reversal weakens the tone. And blind set 15's missed tone problems:
     * a hidden reason insinuated, a lesson on how to hire, unfairness said plainly, going public with a deadline, a
     * plea for one chance.
     */
    private static List<Spec> fifteenthSessionClasses() {
        List<Spec> specs = new ArrayList<>();
        for (String tone : List.of("contradicts_reasons", "panel_misunderstood", "error_in_process")) {
            specs.addAll(harmAndNearMiss("tone." + tone));
        }
        for (String tone : List.of("record_overlooked", "compares_with_appointee", "claims_the_best",
                "result_misrepresents", "credentials_for_reversal")) {
            specs.addAll(weakensAndNearMiss("tone." + tone));
        }
        // blind set 15's missed tone problems: a hidden reason insinuated, a lesson on hiring, unfairness said
        // plainly, going public with a deadline (errors); a plea for one chance (a warning)
        for (String tone : List.of("insinuates_real_reason", "tells_how_to_hire", "complains_of_treatment",
                "goes_public")) {
            specs.addAll(harmAndNearMiss("tone." + tone));
        }
        specs.addAll(weakensAndNearMiss("tone.pleads_one_chance"));
        // blind set 16: passive aggression hinting at trouble ahead (a warning)
        specs.addAll(weakensAndNearMiss("tone.hints_at_trouble"));
        // and blind set 16's content moves said otherwise
        specs.addAll(interestAndNearMiss("interest.in_other_words"));
        specs.addAll(foundAndNearMiss("newqual.recent_news", NEWQUAL_LAYOUTS, Expect.NEW_QUALIFICATIONS));
        // and its demand for an explanation, outright or under a condition or a deadline
        specs.addAll(demandAndNearMiss("expect.demands_explanation", "expect.demands_explanation_near_miss"));
        // and its content moves said otherwise: news in other words, another post when it comes, the employer still
        // the one to work for
        specs.addAll(foundAndNearMiss("newqual.news_in_other_words", NEWQUAL_LAYOUTS, Expect.NEW_QUALIFICATIONS));
        specs.addAll(foundAndNearMiss("alternate.named_post_when_it_comes", ALTERNATE_LAYOUTS, Expect.ALTERNATE));
        specs.addAll(interestAndNearMiss("interest.still_the_one"));
        return specs;
    }

    /**
     * The sixteenth session's classes, from blind sets 18 and 19: formal steps threatened, the application said not
     * to have been read, assurance of equal treatment asked for, the post said to be reserved for someone's relative
     * (tone errors); the records or a written statement of reasons claimed formally (a demand); whether the decision
     * can still move, or the matter to be looked into (appeals); the records awaited (a demand); the wish to come back
     * said warmly (interest); feedback asked in a few plain words; and calm sentences older rules misread.
     */
    private static List<Spec> sixteenthSessionClasses() {
        List<Spec> specs = new ArrayList<>();
        for (String tone : List.of("formal_steps", "did_not_read", "assurance_of_fairness", "post_reserved")) {
            specs.addAll(harmAndNearMiss("tone." + tone));
        }
        specs.addAll(demandAndNearMiss("expect.formal_records_claim", "expect.formal_records_claim_near_miss"));
        specs.addAll(appealAndNearMiss("expect.can_it_still_move", "expect.can_it_still_move_near_miss"));
        specs.addAll(interestAndNearMiss("interest.warm_wish_to_return"));
        specs.addAll(appealAndNearMiss("expect.look_into_it", "expect.look_into_it_near_miss"));
        specs.addAll(demandAndNearMiss("expect.records_awaited", "expect.records_awaited_near_miss"));
        specs.addAll(foundAndNearMiss("feedback.a_word_or_two", FEEDBACK_LAYOUTS, Expect.FEEDBACK));
        specs.add(new Spec("tone.sixteenth_calm_controls", "tpl:tone.sixteenth_calm_controls", CALM_LAYOUTS, LETTERS,
                Expect.met(Expect.TONE)));
        // blind set 21's tone classes: a careless interview complained of, reviews threatened in any spelling, the
        // appointee doubted politely, sarcasm about the advert, the "would not know it if" insult; and its calm controls
        for (String tone : List.of("careless_interview", "review_threat_plain", "doubts_appointee", "advert_sarcasm",
                "would_not_know")) {
            specs.addAll(harmAndNearMiss("tone." + tone));
        }
        specs.add(new Spec("tone.b21_calm_controls", "tpl:tone.b21_calm_controls", CALM_LAYOUTS, LETTERS,
                Expect.met(Expect.TONE)));
        // the tone policy's register clause: a chatty mark in a letter with thanks, acceptance and interest keeps the tone
        // met; the same words in a letter without the interest (or the acceptance) weaken it
        specs.add(new Spec("tone.register_in_warm_letter", "tpl:tone.register_in_warm_letter",
                List.of("f.thanks_news f.ack | * f.interest", "f.thanks f.ack | f.interest * | f.feedback",
                        "f.thanks_news f.ack f.interest | * | f.close"), LETTERS, Expect.met(Expect.TONE)));
        specs.add(new Spec("tone.register_in_warm_letter_near_miss", "tpl:tone.register_in_warm_letter_near_miss",
                List.of("f.thanks_news | * | f.feedback", "f.thanks | * f.interest", "f.thanks f.ack | * | f.alternate"),
                LETTERS, Expect.flagged(Expect.TONE)));
        return specs;
    }

    /**
     * The moves the eighth blind set said in ways the classes above did not: thanks for the news itself,
     * acceptance in a word or a formal phrase, fondness for the place, hoping to join in a thank-you note,
     * where the writer fell short or how they did, asked with no feedback word. Each has a near miss in the same words.
     */
    private static List<Spec> eighthBlindSetMoves() {
        List<Spec> specs = new ArrayList<>();
        List<String> nearMissAck = NO_ACK_LAYOUTS.stream().map(layout -> layout + " *").toList();
        for (String ack : List.of("thanks_for_news", "formal_word")) {
            specs.add(new Spec("ack." + ack, "tpl:ack." + ack, ACK_LAYOUTS, ALL_FRAMES,
                    Expect.detected(Expect.ACKNOWLEDGEMENT)));
            specs.add(new Spec("ack." + ack + "_near_miss", "tpl:ack." + ack + "_near_miss", nearMissAck, LETTERS,
                    Expect.absent(Expect.ACKNOWLEDGEMENT)));
        }
        for (String interest : List.of("fond_of_place", "hope_to_join")) {
            specs.add(new Spec("interest." + interest, "tpl:interest." + interest, INTEREST_LAYOUTS, ALL_FRAMES,
                    Expect.detected(Expect.INTEREST)));
        }
        specs.add(new Spec("interest.fond_near_miss", "tpl:interest.fond_near_miss", NO_INTEREST_AROUND, LETTERS,
                Expect.absent(Expect.INTEREST)));
        specs.add(new Spec("feedback.formal_shortfall", "tpl:feedback.formal_shortfall", FEEDBACK_LAYOUTS, ALL_FRAMES,
                Expect.detected(Expect.FEEDBACK)));
        specs.add(new Spec("feedback.formal_near_miss", "tpl:feedback.formal_near_miss", FEEDBACK_LAYOUTS, LETTERS,
                Expect.absent(Expect.FEEDBACK)));
        specs.addAll(foundAndNearMiss("feedback.how_i_did", FEEDBACK_LAYOUTS, Expect.FEEDBACK));
        return specs;
    }

    /**
     * The eighth blind set's criteria misses: the decision taken as still open (a readiness for its change, a
     * reply deadline, another look, the matter taken higher, days to prove it wrong), a qualification said in
     * other words, other work said plainly. Each has a near miss in the same words.
     */
    private static List<Spec> eighthBlindSetCriteria() {
        List<Spec> specs = new ArrayList<>();
        specs.addAll(appealAndNearMiss("expect.decision_still_open", "expect.still_open_near_miss"));
        specs.addAll(appealAndNearMiss("expect.plain_appeal", "expect.plain_appeal_near_miss"));
        specs.addAll(foundAndNearMiss("newqual.said_otherwise", NEWQUAL_LAYOUTS, Expect.NEW_QUALIFICATIONS));
        specs.addAll(foundAndNearMiss("newqual.learners_words", NEWQUAL_LAYOUTS, Expect.NEW_QUALIFICATIONS));
        specs.add(new Spec("alternate.other_work_plain", "tpl:alternate.other_work_plain", ALTERNATE_LAYOUTS,
                ALL_FRAMES, Expect.detected(Expect.ALTERNATE)));
        specs.add(new Spec("alternate.other_work_near_miss", "tpl:alternate.other_work_near_miss", ALTERNATE_LAYOUTS,
                LETTERS, Expect.absent(Expect.ALTERNATE)));
        specs.addAll(foundAndNearMiss("alternate.plain_post", ALTERNATE_LAYOUTS, Expect.ALTERNATE));
        // two organisations named as the employer, with no scenario to compare with: the letter contradicts itself
        specs.add(new Spec("personal.two_employers", "tpl:personal.two_employers", NEWQUAL_LAYOUTS, LETTERS,
                Expect.error(Expect.PERSONALIZATION)));
        specs.add(new Spec("personal.one_employer", "tpl:personal.one_employer", NEWQUAL_LAYOUTS, LETTERS,
                Expect.noError(Expect.PERSONALIZATION)));
        return specs;
    }

    /**
     * The ninth blind set's realistic-expectation and tone misses, by class. Each has a near miss in the same words.
     */
    private static List<Spec> ninthBlindSetCriteria() {
        List<Spec> specs = new ArrayList<>();
        // the panel's records or the reason claimed as owed
        specs.addAll(demandAndNearMiss("expect.records_claimed", "expect.records_near_miss"));
        // the decision asked to be held or looked at again in other words
        specs.addAll(appealAndNearMiss("expect.hold_or_recheck", "expect.hold_or_recheck_near_miss"));
        // the twelfth session: a disclaimed appeal keeps realistic expectations and the tone
        specs.add(new Spec("expect.disclaimed_appeal_near_miss", "tpl:expect.disclaimed_appeal_near_miss",
                ACCEPTANCE_LAYOUTS, LETTERS, Expect.both(Expect.met(Expect.REALISTIC), Expect.met(Expect.TONE))));
        // a public warning told as the writer's own experience
        specs.addAll(harmAndNearMiss("tone.public_experience"));
        // conclusions left to the reader: the decision said to reveal the employer's values
        specs.addAll(harmAndNearMiss("tone.leaves_to_conclude"));
        // the panel's standing belittled: too junior to judge the writer
        specs.addAll(harmAndNearMiss("tone.belittles_panel"));
        // the twelfth session: what the panel valued sneered at as a comparison behind a hedge
        specs.addAll(harmAndNearMiss("tone.values_sneered"));
        // the thirteenth session (blind set 11): merit said to have counted for too little, unasked advice on
        // recruiting, the person hired patronised, a fixed outcome insinuated, a shrugging one-line reply
        specs.addAll(harmAndNearMiss("tone.merit_discounted"));
        specs.addAll(harmAndNearMiss("tone.unasked_advice"));
        specs.addAll(harmAndNearMiss("tone.patronises_hire"));
        specs.addAll(harmAndNearMiss("tone.fixed_outcome"));
        specs.addAll(harmAndNearMiss("tone.shrug_reply"));
        // a reply of a line or two praised, with irony, for its effort or detail
        specs.addAll(harmAndNearMiss("tone.tiny_reply_praised"));
        // another try at a later intake named by its month or season is not an appeal
        specs.add(new Spec("expect.later_intake_near_miss", "tpl:expect.later_intake_near_miss", ACCEPTANCE_LAYOUTS,
                LETTERS, Expect.met(Expect.REALISTIC)));
        return specs;
    }

    /**
     * The thirteenth session's content classes, each written before its rules, with a near miss. From the eleventh
     * blind set's misses: being won over or admiration for how they work (interest), a trial already worked (no
     * appeal), feedback after an aside, a qualification told as its result, the news not what one hoped for
     * (acknowledgement). From the session's probes, moves told by their parts: an appeal, a demand for the reasons,
     * feedback, other work and continued interest.
     */
    private static List<Spec> eleventhBlindSetContent() {
        List<Spec> specs = new ArrayList<>();
        specs.addAll(interestAndNearMiss("interest.won_over"));
        specs.add(new Spec("expect.trial_done_near_miss", "tpl:expect.trial_done_near_miss", ACCEPTANCE_LAYOUTS,
                LETTERS, Expect.met(Expect.REALISTIC)));
        specs.addAll(foundAndNearMiss("feedback.asked_otherwise", FEEDBACK_LAYOUTS, Expect.FEEDBACK));
        specs.addAll(foundAndNearMiss("newqual.told_as_result", NEWQUAL_LAYOUTS, Expect.NEW_QUALIFICATIONS));
        specs.addAll(appealAndNearMiss("expect.appeal_by_parts", "expect.appeal_by_parts_near_miss"));
        specs.addAll(demandAndNearMiss("expect.demand_by_parts", "expect.demand_by_parts_near_miss"));
        specs.addAll(foundAndNearMiss("feedback.by_its_parts", FEEDBACK_LAYOUTS, Expect.FEEDBACK));
        specs.addAll(foundAndNearMiss("alternate.by_its_parts", ALTERNATE_LAYOUTS, Expect.ALTERNATE));
        specs.addAll(interestAndNearMiss("interest.by_its_parts"));
        specs.add(new Spec("ack.news_not_hoped", "tpl:ack.news_not_hoped", ACK_LAYOUTS, ALL_FRAMES,
                Expect.detected(Expect.ACKNOWLEDGEMENT)));
        specs.add(new Spec("ack.news_not_hoped_near_miss", "tpl:ack.news_not_hoped_near_miss", NO_ACK_LAYOUTS.stream()
                .map(layout -> layout + " *").toList(), LETTERS, Expect.absent(Expect.ACKNOWLEDGEMENT)));
        specs.addAll(interestAndNearMiss("interest.admires_how"));
        return specs;
    }

    /**
     * The s12 appeal probe's classes (docs/appeal-classes-s12.md): taken back into the selection for this post, a
     * chance at it to prove the decision wrong, still considered for it. Each has a near miss in the same words.
     */
    private static List<Spec> appealProbeS12() {
        List<Spec> specs = new ArrayList<>();
        specs.addAll(appealAndNearMiss("expect.back_into_process", "expect.back_into_process_near_miss"));
        specs.addAll(appealAndNearMiss("expect.chance_to_prove", "expect.chance_to_prove_near_miss"));
        specs.addAll(appealAndNearMiss("expect.still_in_running", "expect.still_in_running_near_miss"));
        return specs;
    }

    static List<Case> generate(Spec spec, Filler filler, long seed, int count) {
        Composer c = new Composer(filler, seed, spec.className());
        List<String> templates = spec.source() == null ? List.of() : filler.lexicon().get(spec.source());
        List<Case> cases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int attempt = 0; attempt < count * 20 && cases.size() < count; attempt++) {
            String template = templates.isEmpty() ? "" : c.any(templates);
            String layout = templates.isEmpty() ? c.any(spec.layouts()).replace(" *", "") : c.any(spec.layouts());
            String skeleton = c.skeleton(c.any(spec.frames()), c.compose(layout, c.fill(template)),
                    c.random().nextLong());
            Letter letter = Composer.letter(skeleton, c.persona(), c.any(spec.surfaces()), Setting.NONE);
            if (seen.add(letter.text())) {
                cases.add(new Case(spec.className() + "#" + cases.size(), spec.className(), TestType.MFT,
                        List.of(letter), templates.isEmpty() ? layout : template, spec.expectation()));
            }
        }
        return cases;
    }

    /** Continued interest found, and its near miss among moves that show none. */
    private static List<Spec> interestAndNearMiss(String className) {
        return List.of(new Spec(className, "tpl:" + className, INTEREST_LAYOUTS, ALL_FRAMES,
                        Expect.detected(Expect.INTEREST)),
                new Spec(className + "_near_miss", "tpl:" + className + "_near_miss", NO_INTEREST_AROUND, LETTERS,
                        Expect.absent(Expect.INTEREST)));
    }

    private static List<Spec> foundAndNearMiss(String className, List<String> layouts, String criterion) {
        return List.of(new Spec(className, "tpl:" + className, layouts, ALL_FRAMES, Expect.detected(criterion)),
                new Spec(className + "_near_miss", "tpl:" + className + "_near_miss", layouts, LETTERS,
                        Expect.absent(criterion)));
    }

    /**
     * An appeal that must break realistic expectations, and its near miss, a gracious letter that keeps them and
     * the tone. Whether the appeal also harms the tone depends on its other words (arguing, pleading), which the
     * tone classes test.
     */
    private static List<Spec> appealAndNearMiss(String className, String nearMiss) {
        return List.of(
                new Spec(className, "tpl:" + className, EXPECT_LAYOUTS, ALL_FRAMES, Expect.flagged(Expect.REALISTIC)),
                graciousNearMiss(nearMiss));
    }

    /**
     * A demand (reasons, records, an answer by a date) that must break realistic expectations and weaken the tone,
     * since it asks them to justify what they owe no account of; and its near miss, which keeps both.
     */
    private static List<Spec> demandAndNearMiss(String className, String nearMiss) {
        return List.of(
                new Spec(className, "tpl:" + className, EXPECT_LAYOUTS, ALL_FRAMES,
                        Expect.both(Expect.flagged(Expect.REALISTIC), Expect.flagged(Expect.TONE))),
                graciousNearMiss(nearMiss));
    }

    private static Spec graciousNearMiss(String nearMiss) {
        return new Spec(nearMiss, "tpl:" + nearMiss, ACCEPTANCE_LAYOUTS, LETTERS,
                Expect.both(Expect.met(Expect.REALISTIC), Expect.met(Expect.TONE)));
    }

    /**
     * A sentence that must weaken the tone (a warning or worse), and its near miss in the same words, which stays
     * calm.
     */
    private static List<Spec> weakensAndNearMiss(String className) {
        return List.of(new Spec(className, "tpl:" + className, TONE_LAYOUTS, ALL_FRAMES, Expect.flagged(Expect.TONE)),
                new Spec(className + "_near_miss", "tpl:" + className + "_near_miss", CALM_LAYOUTS, LETTERS,
                        Expect.met(Expect.TONE)));
    }

    /** A harmful sentence that must be a tone error, and its near miss in the same words, which stays calm. */
    private static List<Spec> harmAndNearMiss(String className) {
        return List.of(new Spec(className, "tpl:" + className, TONE_LAYOUTS, ALL_FRAMES, Expect.error(Expect.TONE)),
                new Spec(className + "_near_miss", "tpl:" + className + "_near_miss", CALM_LAYOUTS, LETTERS,
                        Expect.met(Expect.TONE)));
    }
}
