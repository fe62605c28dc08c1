package com.followupcoach.scoring;

import com.followupcoach.scoring.detect.Layout;
import com.followupcoach.scoring.detect.Mechanics;
import com.followupcoach.scoring.detect.ReadabilityMeter;
import com.followupcoach.scoring.detect.SecondCore;
import com.followupcoach.scoring.detect.RuleMatch;
import com.followupcoach.scoring.detect.RuleSet;
import com.followupcoach.scoring.detect.Typography;
import com.followupcoach.scoring.rubric.CriterionPolicy;
import com.followupcoach.scoring.rubric.CriterionSpec;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.rubric.RuleKind;
import com.followupcoach.scoring.signal.Signals;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Readability;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Severity;
import com.followupcoach.vocabulary.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;

/**
 * Scores a draft letter against a rubric: text in, critique out. Pure Java, no I/O, no
 * JavaFX. Its rules are fixed once built (patterns are compiled in the constructor); it keeps
 * the analysis of the sentences it has seen last, so that the editor, which re-scores the
 * letter at each pause, pays after an edit only for the sentences the edit touched. One
 * instance may score letters on many threads at once, and the same input always gives the
 * same critique, kept analysis or not.
 */
public final class ScoringEngine {

    private final Rubric rubric;
    private final RuleSet rules;
    private final SentenceSplitter splitter;
    private final Mechanics mechanics;
    private final Typography typography;
    private final Verdicts verdicts;
    private final PolicyJudge policies;
    private final Measures measures;
    private final PersonalizationCheck personalization;
    private final int parallelFrom;

    public ScoringEngine(Rubric rubric) {
        this(rubric, RuleSet.MAX_CACHED_SENTENCES);
    }

    /**
     * @param cachedSentences how many recently seen sentences' analysis to keep (at most
     *                        {@link RuleSet#MAX_CACHED_SENTENCES}); 0 analyses every sentence of every
     *                        letter afresh (a benchmark of a first critique, a one-off run)
     */
    public ScoringEngine(Rubric rubric, int cachedSentences) {
        this(rubric, cachedSentences, PARALLEL_FROM);
    }

    /**
     * @param parallelFrom from how many characters the layout-free checks run beside the rules,
     *                     readability beside the judging, and one sentence's token patterns are
     *                     matched in two halves (tests)
     */
    ScoringEngine(Rubric rubric, int cachedSentences, int parallelFrom) {
        this.parallelFrom = parallelFrom;
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        this.rules = new RuleSet(rubric, cachedSentences, parallelFrom);
        this.splitter = new SentenceSplitter(rubric.settings().abbreviations());
        this.mechanics = new Mechanics(rubric.misspellings(), rubric.settings().allowedRepeats());
        this.typography = typographyOf(rubric);
        this.verdicts = new Verdicts(rubric);
        this.policies = new PolicyJudge(verdicts);
        this.measures = new Measures(verdicts, rubric.settings());
        this.personalization = new PersonalizationCheck(verdicts);
    }

    /** The spacing checks the rubric words (mechanics messages double_space, space_before_punctuation). */
    private static Typography typographyOf(Rubric rubric) {
        CriterionSpec spec = rubric.criteria().get(Criterion.MECHANICS);
        Map<String, String> messages = spec == null ? Map.of() : spec.messages();
        return new Typography(Optional.ofNullable(messages.get("double_space")),
                Optional.ofNullable(messages.get("space_before_punctuation")));
    }

    public Rubric rubric() {
        return rubric;
    }

    /**
     * @param text     the letter; null is taken as empty
     * @param scenario what is known of the situation; {@link Scenario#NONE} when nothing is
     */
    public Critique score(String text, Scenario scenario) {
        return score(text, scenario, finding -> false);
    }

    /**
     * Scores as if the findings the writer called wrong were never made: they are left out
     * before the criteria are judged, so the statuses, the points and the caps follow.
     *
     * @param dismissed true for a finding the writer dismissed ("this flag is wrong")
     */
    public Critique score(String text, Scenario scenario, Predicate<Finding> dismissed) {
        return score(new LetterText(text == null ? "" : text, splitter, rubric.language()), scenario, dismissed);
    }

    /**
     * As {@link #score(String, Scenario)}, from a letter whose rubric-free reading was done
     * before ({@link LetterText#prepare}): {@code score} does it while the rubric loads.
     */
    public Critique score(LetterText.Prepared prepared, Scenario scenario) {
        return score(new LetterText(prepared, splitter, rubric.language()), scenario, finding -> false);
    }

    private Critique score(LetterText letter, Scenario scenario, Predicate<Finding> dismissed) {
        // On a long text the checks that need neither the tokens nor the layout run on a
        // second core while this thread runs the rules; a letter typed in the editor is too
        // short to gain from a hand-over, and their findings are added in the same order
        // either way, so the critique is the same.
        CompletableFuture<BeforeRules> early = letter.length() >= parallelFrom
                ? CompletableFuture.supplyAsync(() -> beforeRules(letter), ForkJoinPool.commonPool())
                : null;
        Scenario situation = scenario == null ? Scenario.NONE : scenario;
        Map<RuleKind, List<RuleMatch>> matches = rules.run(letter);
        Layout layout = Layout.of(letter, matches.get(RuleKind.GREETING), matches.get(RuleKind.SIGN_OFF));
        if (nothingToJudge(letter, layout)) {
            return notJudged(letter.words().size());
        }
        // Readability needs only the text and where the body is: on a long text it is measured
        // on the second core, idle once the rules have run, while this thread judges (a tenth
        // of a megabyte's critique, counting the syllables of every word).
        CompletableFuture<Readability> readability = letter.length() >= parallelFrom
                ? CompletableFuture.supplyAsync(() -> ReadabilityMeter.measure(letter, layout.body()),
                        ForkJoinPool.commonPool())
                : null;
        LetterFacts facts = new LetterFacts(letter, situation, layout, matches);

        List<Finding> findings = new KeptFindings(dismissed);
        findings.addAll(ProblemFindings.of(letter, matches.get(RuleKind.PROBLEM), layout.greeting()));
        BeforeRules found = early == null ? beforeRules(letter) : SecondCore.join(early);
        findings.addAll(mechanics.check(letter, layout, found.mechanics()));
        findings.addAll(found.typography());
        preDecisionFinding(facts).ifPresent(findings::add);
        PersonalizationCheck.Result names = personalization.check(facts, findings);
        Signals signals = LetterSignals.of(facts, findings, names.absent());
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            results.add(judge(c, facts, findings, signals, names));
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                .thenComparing(Finding::criterion));

        findings = withoutNested(findings);
        int score = ScoreFormula.score(results, findings, facts, rubric.settings().caps(), rubric.settings().length());
        return new Critique(score, letter.words().size(), results, findings,
                readability == null ? ReadabilityMeter.measure(letter, layout.body()) : SecondCore.join(readability));
    }

    /** From how many characters a text's layout-free checks run beside the rules. */
    static final int PARALLEL_FROM = 1 << 16;

    /** What the checks that need neither tokens nor layout found. */
    private record BeforeRules(Mechanics.WithoutLayout mechanics, List<Finding> typography) {
    }


    private BeforeRules beforeRules(LetterText letter) {
        Mechanics.WithoutLayout words = mechanics.withoutLayout(letter);
        List<Finding> spacing = new ArrayList<>();
        typography.check(letter, spacing);
        return new BeforeRules(words, spacing);
    }

    /** Each criterion as its policy in the rubric says: from the signals, or by measuring. */
    private CriterionResult judge(Criterion c, LetterFacts facts, List<Finding> findings, Signals signals,
                                  PersonalizationCheck.Result names) {
        CriterionPolicy policy = rubric.spec(c).policy();
        if (policy instanceof CriterionPolicy.Measured measured) {
            return measures.judge(c, measured.measure(), facts, findings);
        }
        Map<String, String> vars = switch (c) {
            case PERSONALIZATION -> names.vars();
            case NEW_QUALIFICATIONS -> Map.of("developments", String.join("; ", facts.scenario.newDevelopments()));
            default -> Map.of();
        };
        return policies.judge(c, (CriterionPolicy.Clauses) policy, signals, vars);
    }

    /**
     * A thank-you note written before any decision gets one warning where it first shows,
     * with the rule's own advice or the criterion's message about the genre.
     */
    private Optional<Finding> preDecisionFinding(LetterFacts facts) {
        if (!facts.genre.preDecisionNote()) {
            return Optional.empty();
        }
        RuleMatch sign = facts.genre.firstSign().orElseThrow();
        Criterion c = Criterion.ACKNOWLEDGEMENT;
        return Optional.of(new Finding(sign.span().start(), sign.span().end(), c, Severity.WARNING,
                sign.rule().message().isBlank() ? verdicts.message(c, "wrong_genre", Map.of()) : sign.rule().message(),
                sign.rule().suggestion()));
    }

    /**
     * An empty draft, or a greeting with no body yet (perhaps a sign-off below it), is not a
     * letter yet: judging it would fill the checklist with red crosses before the writer has
     * begun. Without a greeting the text is judged as it stands: "Whatever." and "Thanks." are
     * replies.
     */
    private static boolean nothingToJudge(LetterText letter, Layout layout) {
        return letter.words().isEmpty() || layout.bodyWords() == 0 && layout.greeting().isPresent();
    }

    private Critique notJudged(int words) {
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            results.add(verdicts.result(c, Status.NOT_ASSESSED, "empty"));
        }
        return new Critique(0, words, results, List.of(), new Readability(0, 0));
    }

    /**
     * Two rules may flag the same place ("[Company Name]" is both a bracketed placeholder and
     * a placeholder phrase); a finding that lies inside another one of the same criterion and
     * severity adds nothing. Findings come sorted by start, then end.
     */
    private static List<Finding> withoutNested(List<Finding> sorted) {
        List<Finding> out = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            boolean nested = false;
            for (int i = out.size() - 1; i >= 0 && i >= out.size() - 8; i--) {
                Finding o = out.get(i);
                if (o.criterion() == f.criterion() && o.severity() == f.severity() && o.start() <= f.start()
                        && f.end() <= o.end()) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                out.add(f);
            }
        }
        return out;
    }

    /** The findings list the judges fill: a dismissed finding is never added, so no judge counts it. */
    private static final class KeptFindings extends ArrayList<Finding> {

        private final transient Predicate<Finding> dismissed;

        KeptFindings(Predicate<Finding> dismissed) {
            this.dismissed = dismissed;
        }

        @Override
        public boolean add(Finding finding) {
            return !dismissed.test(finding) && super.add(finding);
        }

        @Override
        public boolean addAll(java.util.Collection<? extends Finding> more) {
            boolean changed = false;
            for (Finding finding : more) {
                changed |= add(finding);
            }
            return changed;
        }
    }
}
