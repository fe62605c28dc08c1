package com.followupcoach.scoring;

import com.followupcoach.scoring.detect.RuleMatch;
import com.followupcoach.scoring.rubric.RuleKind;
import com.followupcoach.scoring.signal.Signal;
import com.followupcoach.scoring.signal.SignalKind;
import com.followupcoach.scoring.signal.Signals;
import com.followupcoach.scoring.text.Span;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Medium;
import com.followupcoach.vocabulary.Scenario;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers what every detector found in one letter as signals, after the findings are final
 * (a dismissed finding is no longer there, so it sends no signal).
 */
final class LetterSignals {

    private static final Span NOWHERE = new Span(0, 0);

    private LetterSignals() {
    }

    static Signals of(LetterFacts facts, List<Finding> findings, List<String> absentNames) {
        Signals signals = new Signals();
        facts.evidence.forEach((criterion, matches) -> {
            for (RuleMatch m : matches) {
                signals.add(Signal.of(criterion, SignalKind.EVIDENCE, m.span(), m.rule().id()));
            }
        });
        Registers registers = new Registers(facts.matches.get(RuleKind.PROBLEM));
        for (Finding f : findings) {
            Span span = new Span(f.start(), f.end());
            SignalKind kind = switch (f.severity()) {
                case ERROR -> SignalKind.ERROR;
                case WARNING -> registers.only(f.criterion(), span) ? SignalKind.REGISTER : SignalKind.WARNING;
                case INFO -> SignalKind.INFO;
            };
            signals.add(Signal.of(f.criterion(), kind, span, "finding"));
        }
        demands(facts, findings, signals);
        for (String name : absentNames) {
            signals.add(Signal.of(Criterion.PERSONALIZATION, SignalKind.ABSENT_NAME, NOWHERE, "scenario: " + name));
        }
        for (RuleMatch m : facts.matches.get(RuleKind.REJECTION)) {
            signals.add(Signal.letter(SignalKind.REJECTION, m.span(), m.rule().id()));
        }
        for (RuleMatch m : facts.disputing) {
            signals.add(Signal.letter(SignalKind.DISPUTE, m.span(), m.rule().id()));
        }
        facts.genre.firstSign().filter(sign -> facts.genre.preDecisionNote()).ifPresent(sign ->
                signals.add(Signal.letter(SignalKind.PRE_DECISION, sign.span(), "genre")));
        facts.emails.forEach(span -> signals.add(Signal.letter(SignalKind.EMAIL, span, "contact")));
        facts.phones.forEach(span -> signals.add(Signal.letter(SignalKind.PHONE, span, "contact")));
        int envelope = facts.text.lower().indexOf("envelope");
        if (envelope >= 0) {
            signals.add(Signal.letter(SignalKind.ENVELOPE, new Span(envelope, envelope + 8), "contact"));
        }
        scenarioSignals(facts.scenario, signals);
        return signals;
    }

    /**
     * A demand counts only while its finding stands: a finding the writer dismissed, or one
     * folded into another, no longer covers the match, so it sends nothing. The findings are
     * searched by position, so a text of a million demands costs no more than its sorting.
     */
    private static void demands(LetterFacts facts, List<Finding> findings, Signals signals) {
        List<RuleMatch> demands = facts.matches.get(RuleKind.PROBLEM).stream().filter(m -> m.rule().demands()).toList();
        if (demands.isEmpty()) {
            return;
        }
        Map<Criterion, Covered> covered = new EnumMap<>(Criterion.class);
        for (RuleMatch m : demands) {
            Criterion criterion = m.rule().criterion();
            if (covered.computeIfAbsent(criterion, c -> Covered.by(findings, c)).overlaps(m.span())) {
                signals.add(Signal.of(criterion, SignalKind.DEMAND, m.span(), m.rule().id()));
            }
        }
    }

    /**
     * Which warnings are about register only: a warning finding that a register rule's match overlaps and no
     * other problem rule's match of its criterion does (a finding folds together the matches of its sentence, so a
     * laugh beside a plea stays a warning).
     */
    private static final class Registers {

        private final List<RuleMatch> problems;
        private final Map<Criterion, Covered> register = new EnumMap<>(Criterion.class);
        private final Map<Criterion, Covered> content = new EnumMap<>(Criterion.class);

        Registers(List<RuleMatch> problems) {
            this.problems = problems;
        }

        boolean only(Criterion criterion, Span finding) {
            return covered(register, criterion, true).overlaps(finding)
                    && !covered(content, criterion, false).overlaps(finding);
        }

        private Covered covered(Map<Criterion, Covered> cache, Criterion criterion, boolean registerRules) {
            return cache.computeIfAbsent(criterion, c -> Covered.of(problems.stream()
                    .filter(m -> m.rule().criterion() == c && m.rule().register() == registerRules)
                    .map(RuleMatch::span).toList()));
        }
    }

    /** Spans sorted by start, with the furthest end reached so far. */
    private record Covered(int[] starts, int[] furthestEnds) {

        static Covered by(List<Finding> findings, Criterion criterion) {
            return of(findings.stream().filter(f -> f.criterion() == criterion)
                    .map(f -> new Span(f.start(), f.end())).toList());
        }

        static Covered of(List<Span> spans) {
            List<Span> sorted = spans.stream().sorted(Comparator.comparingInt(Span::start)).toList();
            int[] starts = new int[sorted.size()];
            int[] ends = new int[sorted.size()];
            int furthest = -1;
            for (int i = 0; i < sorted.size(); i++) {
                starts[i] = sorted.get(i).start();
                furthest = Math.max(furthest, sorted.get(i).end());
                ends[i] = furthest;
            }
            return new Covered(starts, ends);
        }

        /** Whether a finding starts before the span ends and ends after it starts. */
        boolean overlaps(Span span) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) { // how many findings start before the span ends
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < span.end()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 && furthestEnds[lo - 1] > span.start();
        }
    }

    private static void scenarioSignals(Scenario scenario, Signals signals) {
        if (scenario.medium().filter(m -> m == Medium.PAPER).isPresent()) {
            signals.add(Signal.letter(SignalKind.PAPER, NOWHERE, "scenario"));
        }
        if (!scenario.newDevelopments().isEmpty()) {
            signals.add(Signal.letter(SignalKind.SCENARIO_NEWS, NOWHERE, "scenario"));
        }
        if (scenario.company().isPresent()) {
            signals.add(Signal.letter(SignalKind.SCENARIO_COMPANY, NOWHERE, "scenario"));
        }
    }
}
